#include "deck/file_bytes.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "support/file_descriptor.h"

namespace deckpress {

namespace {

// Reads up to `size` bytes into `into`; how many, or -1 on an error.
ssize_t read_up_to(int fd, char* into, size_t size) {
  size_t filled = 0;
  while (filled < size) {
    ssize_t got = ::read(fd, into + filled, size - filled);
    if (got < 0) return -1;
    if (got == 0) break;
    filled += static_cast<size_t>(got);
  }
  return static_cast<ssize_t>(filled);
}

}  // namespace

std::optional<std::string> read_file_bytes(const std::filesystem::path& path) {
  FileDescriptor file{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
  struct stat info {};
  if (file.fd < 0 || ::fstat(file.fd, &info) != 0 || S_ISDIR(info.st_mode)) return std::nullopt;
  std::string bytes(static_cast<size_t>(info.st_size), '\0');
  ssize_t filled = read_up_to(file.fd, bytes.data(), bytes.size());
  if (filled < 0) return std::nullopt;
  bytes.resize(static_cast<size_t>(filled));
  // The file may have grown since fstat (files under /proc report no size).
  char more[65536];
  for (ssize_t got; (got = read_up_to(file.fd, more, sizeof more)) != 0;) {
    if (got < 0) return std::nullopt;
    bytes.append(more, static_cast<size_t>(got));
  }
  return bytes;
}

}  // namespace deckpress
