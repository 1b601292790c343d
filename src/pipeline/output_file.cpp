#include "pipeline/output_file.h"

#include <cerrno>
#include <cstring>
#include <stdexcept>

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include "support/file_descriptor.h"

namespace deckpress::pipeline {

namespace fs = std::filesystem;

namespace {

std::runtime_error failure(const fs::path& target, std::string_view reason) {
  return std::runtime_error(fmt::format("cannot write {}: {}", target.generic_string(), reason));
}

std::runtime_error failure(const fs::path& target, int error) { return failure(target, std::strerror(error)); }

}  // namespace

void replace_file(const fs::path& target, const std::function<void(int fd)>& write) {
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  // O_TMPFILE: the data has no name until linkat, so a killed process leaves nothing.
  FileDescriptor file{::open(dir.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0644)};
  if (file.fd < 0) throw failure(target, errno);
  try {
    write(file.fd);
  } catch (const std::exception& error) {
    throw failure(target, error.what());
  }
  fs::path temp = target;
  temp += fmt::format(".tmp-{}", ::getpid());
  std::string proc = fmt::format("/proc/self/fd/{}", file.fd);
  ::unlink(temp.c_str());
  if (::linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, temp.c_str(), AT_SYMLINK_FOLLOW) != 0)
    throw failure(target, errno);
  if (::rename(temp.c_str(), target.c_str()) != 0) {
    int error = errno;
    ::unlink(temp.c_str());
    throw failure(target, error);
  }
}

void replace_file_contents(const fs::path& target, std::string_view bytes) {
  replace_file(target, [&](int fd) {
    if (!write_all_at(fd, bytes, 0)) throw std::runtime_error(std::strerror(errno));  // replace_file names the file
  });
}

}  // namespace deckpress::pipeline
