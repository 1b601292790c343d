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

PendingFile::PendingFile(fs::path target) : target_(std::move(target)) {
  fs::path dir = target_.has_parent_path() ? target_.parent_path() : fs::path(".");
  // O_TMPFILE: the data has no name until linkat, so a killed process leaves nothing.
  fd_ = ::open(dir.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0644);
  if (fd_ < 0) throw failure(target_, errno);
}

PendingFile::PendingFile(PendingFile&& other) noexcept : target_(std::move(other.target_)), fd_(other.fd_) {
  other.fd_ = -1;
}

PendingFile::~PendingFile() {
  if (fd_ >= 0) ::close(fd_);
}

void PendingFile::write(const std::function<void(int fd)>& write) {
  try {
    write(fd_);
  } catch (const std::exception& error) {
    throw failure(target_, error.what());
  }
}

void PendingFile::write(std::string_view bytes) {
  if (!write_all_at(fd_, bytes, 0)) throw failure(target_, errno);
}

void PendingFile::commit() {
  fs::path temp = target_;
  temp += fmt::format(".tmp-{}", ::getpid());
  std::string proc = fmt::format("/proc/self/fd/{}", fd_);
  ::unlink(temp.c_str());
  if (::linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, temp.c_str(), AT_SYMLINK_FOLLOW) != 0)
    throw failure(target_, errno);
  if (::rename(temp.c_str(), target_.c_str()) != 0) {
    int error = errno;
    ::unlink(temp.c_str());
    throw failure(target_, error);
  }
}

void replace_file(const fs::path& target, const std::function<void(int fd)>& write) {
  PendingFile file(target);
  file.write(write);
  file.commit();
}

void replace_file_contents(const fs::path& target, std::string_view bytes) {
  PendingFile file(target);
  file.write(bytes);
  file.commit();
}

}  // namespace deckpress::pipeline
