#pragma once
// A Disk in memory, as ninja's tests use a VirtualFileSystem: each file is
// its bytes and a modification time from a clock that moves on every
// change. It counts reads and digests, so a test can tell what a unit
// looked at.
#include <map>
#include <stdexcept>
#include <string>

#include "anki/ids.h"
#include "pipeline/disk.h"

namespace test {

class FakeDisk final : public deckpress::pipeline::Disk {
 public:
  void create(const std::filesystem::path& file, const std::string& bytes) { files_[file] = {bytes, ++clock_}; }
  // A new time, the same bytes: an editor saving an unchanged file.
  void touch(const std::filesystem::path& file) { files_.at(file).mtime_ns = ++clock_; }
  void remove(const std::filesystem::path& file) { files_.erase(file); }
  const std::string& bytes(const std::filesystem::path& file) const { return files_.at(file).bytes; }
  bool has(const std::filesystem::path& file) const { return files_.count(file) > 0; }

  // How often read() and digest() were asked for `file`.
  int reads(const std::filesystem::path& file) const { return count(reads_, file); }
  int digests(const std::filesystem::path& file) const { return count(digests_, file); }

  std::optional<deckpress::pipeline::FileStat> stat(const std::filesystem::path& file) override {
    auto found = files_.find(file);
    if (found == files_.end()) return std::nullopt;
    return deckpress::pipeline::FileStat{found->second.bytes.size(), found->second.mtime_ns};
  }
  std::optional<std::string> read(const std::filesystem::path& file) override {
    ++reads_[file];
    auto found = files_.find(file);
    if (found == files_.end()) return std::nullopt;
    return found->second.bytes;
  }
  std::optional<std::string> digest(const std::filesystem::path& file) override {
    ++digests_[file];
    auto found = files_.find(file);
    if (found == files_.end()) return std::nullopt;
    return deckpress::anki::sha256_hex(found->second.bytes);
  }
  void write(const std::filesystem::path& file, std::string_view bytes) override {
    create(file, std::string(bytes));
  }

 private:
  struct File {
    std::string bytes;
    int64_t mtime_ns = 0;
  };
  static int count(const std::map<std::filesystem::path, int>& counts, const std::filesystem::path& file) {
    auto found = counts.find(file);
    return found == counts.end() ? 0 : found->second;
  }

  std::map<std::filesystem::path, File> files_;
  std::map<std::filesystem::path, int> reads_, digests_;
  int64_t clock_ = 1'700'000'000'000'000'000;
};

}  // namespace test
