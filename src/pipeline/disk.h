#pragma once
// The file system as the incremental build and the lock handling see it.
// Like ninja's DiskInterface, it is passed in rather than called directly,
// so tests give those units an in-memory fake and drive "this input
// changed, so that deck rebuilds" without a file.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace deckpress::pipeline {

struct FileStat {
  std::uintmax_t size = 0;
  std::int64_t mtime_ns = 0;
};

class Disk {
 public:
  virtual ~Disk() = default;
  // Size and modification time; nothing when there is no such file.
  virtual std::optional<FileStat> stat(const std::filesystem::path& file) = 0;
  // The whole file; nothing when it does not exist or cannot be read.
  virtual std::optional<std::string> read(const std::filesystem::path& file) = 0;
  // The SHA-256 (hex) of the file's bytes; nothing when it cannot be read.
  virtual std::optional<std::string> digest(const std::filesystem::path& file) = 0;
  // Replaces the file's bytes at once (never half-written); throws
  // std::runtime_error naming the file when it cannot.
  virtual void write(const std::filesystem::path& file, std::string_view bytes) = 0;
};

// The machine's file system. Holds no state: safe from several threads.
class RealDisk final : public Disk {
 public:
  std::optional<FileStat> stat(const std::filesystem::path& file) override;
  std::optional<std::string> read(const std::filesystem::path& file) override;
  std::optional<std::string> digest(const std::filesystem::path& file) override;
  void write(const std::filesystem::path& file, std::string_view bytes) override;
};

}  // namespace deckpress::pipeline
