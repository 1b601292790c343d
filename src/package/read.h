#pragma once
// Reads any Anki package into the package model: .apkg and .colpkg, in the
// legacy formats (collection.anki2 / collection.anki21 at schema 11, a JSON
// media map) and the current one (`meta`, zstd collection.anki21b at schema
// 18 with protobuf blobs, a zstd protobuf media map, zstd media files).
//
// Packages come from anywhere: every size is checked before anything is
// decompressed, media names that are not one plain file name are refused,
// and a damaged member is an error naming it (std::runtime_error, its message
// starting with the package's path), never a crash or a hang.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

#include "package/model.h"

namespace deckpress::package {

class ZipReader;

// Caps against hostile packages, far above any real deck.
struct ReadLimits {
  uint64_t collection_bytes = uint64_t{2} << 30;
  uint64_t media_map_bytes = uint64_t{64} << 20;
  uint64_t media_file_bytes = uint64_t{512} << 20;
};

// An opened package: its model, and its media files' bytes on demand.
class PackageReader {
 public:
  explicit PackageReader(const std::filesystem::path& path, const ReadLimits& limits = {});
  ~PackageReader();
  PackageReader(const PackageReader&) = delete;
  PackageReader& operator=(const PackageReader&) = delete;

  // Decks, note types, notes, cards and the media list. The collection is
  // decompressed into the temporary folder while it is read.
  Package read() const;

  // The bytes of one media file of the package read(), decoded.
  std::string media_bytes(const Media& file) const;

  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
  ReadLimits limits_;
  std::unique_ptr<ZipReader> zip_;
  Format format_ = Format::legacy1;
};

// PackageReader(path).read().
Package read_package(const std::filesystem::path& path);

}  // namespace deckpress::package
