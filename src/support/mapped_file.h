#pragma once
// A file's bytes mapped read-only into memory instead of read into a
// buffer: pages come from the page cache with no copy, all in the one call,
// as its reader (the formula cache) reads every record's key. Only for files
// deckpress itself replaces by renaming a new one over them (never
// truncating in place), since a mapped file that shrinks under its reader
// would fault.
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>

#include <filesystem>
#include <string_view>

#include "support/file_descriptor.h"

namespace deckpress {

class MappedFile {
 public:
  // Empty when the file cannot be opened, mapped, or is empty.
  explicit MappedFile(const std::filesystem::path& path) {
    FileDescriptor file(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    struct stat status {};
    if (file.fd < 0 || ::fstat(file.fd, &status) != 0 || status.st_size <= 0) return;
    void* at = ::mmap(nullptr, static_cast<size_t>(status.st_size), PROT_READ, MAP_PRIVATE | MAP_POPULATE, file.fd, 0);
    if (at == MAP_FAILED) return;
    data_ = static_cast<const char*>(at);
    size_ = static_cast<size_t>(status.st_size);
  }
  ~MappedFile() {
    if (data_) ::munmap(const_cast<char*>(data_), size_);
  }
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  std::string_view bytes() const { return {data_, size_}; }

 private:
  const char* data_ = nullptr;
  size_t size_ = 0;
};

}  // namespace deckpress
