#include "pipeline/disk.h"

#include <sys/stat.h>

#include "anki/digest.h"
#include "deck/file_bytes.h"
#include "pipeline/output_file.h"

namespace deckpress::pipeline {

std::optional<FileStat> RealDisk::stat(const std::filesystem::path& file) {
  struct stat info {};
  if (::stat(file.c_str(), &info) != 0) return std::nullopt;
  return FileStat{static_cast<std::uintmax_t>(info.st_size),
                  static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec};
}

std::optional<std::string> RealDisk::read(const std::filesystem::path& file) { return read_file_bytes(file); }

// A block at a time: an output can be a large package.
std::optional<std::string> RealDisk::digest(const std::filesystem::path& file) {
  return anki::file_sha256_hex(file);
}

void RealDisk::write(const std::filesystem::path& file, std::string_view bytes) {
  replace_file_contents(file, bytes);
}

}  // namespace deckpress::pipeline
