#pragma once
// Reads entries of a ZIP archive from an untrusted source: entries are looked
// up by name and copied only to places the caller chooses, and every read is
// capped so a zip bomb fails instead of filling the disk.
#include <zip.h>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace deckpress::package {

// Receives an entry's bytes a piece at a time.
using ByteSink = std::function<void(const char* data, size_t size)>;

class ZipReader {
 public:
  explicit ZipReader(const std::filesystem::path& archive);

  bool has(const std::string& name) const;
  std::optional<uint64_t> size_of(const std::string& name) const;  // as the archive states it

  // The entry's bytes; throws when the entry is missing or holds more than
  // `limit`: first by the size the archive states, before inflating anything,
  // then by the bytes actually inflated, since the archive may lie.
  std::string read(const std::string& name, uint64_t limit) const;
  void extract(const std::string& name, const std::filesystem::path& to, uint64_t limit) const;
  // The same checks, the bytes handed to `sink` as they are inflated.
  void stream(const std::string& name, uint64_t limit, const ByteSink& sink) const;

 private:
  zip_uint64_t index_of(const std::string& name) const;

  struct Close {
    void operator()(zip_t* archive) const { zip_discard(archive); }
  };
  std::unique_ptr<zip_t, Close> archive_;
};

}  // namespace deckpress::package
