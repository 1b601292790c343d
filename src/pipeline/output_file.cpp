#include "pipeline/output_file.h"

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <vector>

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include "support/file_descriptor.h"

namespace deckpress::pipeline {

namespace fs = std::filesystem;

namespace {

std::runtime_error failure(const fs::path& target, std::string_view reason) {
  return std::runtime_error(fmt::format("cannot write {}: {}", target.generic_string(), reason));
}

std::runtime_error failure(const fs::path& target, int error) { return failure(target, std::strerror(error)); }

// The errors open(O_TMPFILE) gives on file systems without unnamed files
// (network and FUSE file systems, FAT): there a named temporary file is used.
bool unnamed_files_unsupported(int error) { return error == EOPNOTSUPP || error == EISDIR || error == EINVAL; }

// A new file beside `target` under a unique temporary name, open for writing.
int open_named(const fs::path& target, fs::path& name) {
  std::string pattern = target.string() + ".tmp-XXXXXX";
  std::vector<char> buffer(pattern.begin(), pattern.end());
  buffer.push_back('\0');
  int fd = ::mkostemp(buffer.data(), O_CLOEXEC);
  if (fd < 0) throw failure(target, errno);
  name = buffer.data();
  ::fchmod(fd, 0644);  // mkostemp makes it 0600; outputs are for sharing
  return fd;
}

// Copies the whole of `from` into `to`.
void copy_contents(int from, int to, const fs::path& target) {
  std::vector<char> buffer(1 << 16);
  std::uint64_t offset = 0;
  for (;;) {
    ssize_t got = ::pread(from, buffer.data(), buffer.size(), static_cast<off_t>(offset));
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) throw failure(target, errno);
    if (got == 0) return;
    if (!write_all_at(to, std::string_view(buffer.data(), static_cast<size_t>(got)), offset))
      throw failure(target, errno);
    offset += static_cast<std::uint64_t>(got);
  }
}

}  // namespace

PendingFile::PendingFile(fs::path target) : target_(std::move(target)) {
  fs::path dir = target_.has_parent_path() ? target_.parent_path() : fs::path(".");
  // O_TMPFILE: the data has no name until linkat, so a killed process leaves nothing.
  fd_ = ::open(dir.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0644);
  if (fd_ < 0 && unnamed_files_unsupported(errno)) fd_ = open_named(target_, temporary_);
  if (fd_ < 0) throw failure(target_, errno);
}

PendingFile::PendingFile(PendingFile&& other) noexcept
    : target_(std::move(other.target_)), temporary_(std::move(other.temporary_)), fd_(other.fd_) {
  other.temporary_.clear();
  other.fd_ = -1;
}

PendingFile::~PendingFile() {
  if (fd_ >= 0) ::close(fd_);
  if (!temporary_.empty()) ::unlink(temporary_.c_str());
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

void PendingFile::name_temporarily() {
  fs::path temp = target_;
  temp += fmt::format(".tmp-{}", ::getpid());
  ::unlink(temp.c_str());
  std::string proc = fmt::format("/proc/self/fd/{}", fd_);
  bool linked = ::linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, temp.c_str(), AT_SYMLINK_FOLLOW) == 0;
  // Without /proc (some containers and chroots) the descriptor itself can be
  // linked, by a process allowed to (CAP_DAC_READ_SEARCH).
  if (!linked) linked = ::linkat(fd_, "", AT_FDCWD, temp.c_str(), AT_EMPTY_PATH) == 0;
  if (linked) {
    temporary_ = temp;
    return;
  }
  // Neither way: the data goes into a named file, at the cost of one copy.
  FileDescriptor unnamed(fd_);
  fd_ = open_named(target_, temporary_);
  copy_contents(unnamed.fd, fd_, target_);
}

void PendingFile::commit() {
  if (temporary_.empty()) name_temporarily();
  if (::rename(temporary_.c_str(), target_.c_str()) != 0) throw failure(target_, errno);
  temporary_.clear();
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
