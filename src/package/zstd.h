#pragma once
// Decodes zstd data as it arrives (Anki's current packages compress their
// collection, media map and media files with zstd), with a cap on what it
// may expand to: a frame that declares a larger size is refused before any
// decoding, and the decoded bytes are counted, since most frames declare none.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "package/zip_reader.h"

namespace deckpress::package {

class ZstdDecoder {
 public:
  // `what` names the data in errors, e.g. "collection.anki21b".
  ZstdDecoder(std::string what, uint64_t limit, ByteSink sink);
  ~ZstdDecoder();
  ZstdDecoder(const ZstdDecoder&) = delete;
  ZstdDecoder& operator=(const ZstdDecoder&) = delete;

  void feed(const char* data, size_t size);
  // Throws when the data ended inside a frame, or held none.
  void finish();

 private:
  void check_declared_size(std::string_view start) const;
  [[noreturn]] void fail(const std::string& problem) const;

  struct Context;
  std::unique_ptr<Context> context_;
  std::string what_;
  uint64_t limit_;
  ByteSink sink_;
  uint64_t decoded_ = 0;
  bool started_ = false;
  bool mid_frame_ = false;
};

// The decoded bytes of `compressed`, one or more frames.
std::string zstd_decode(std::string_view compressed, const std::string& what, uint64_t limit);

}  // namespace deckpress::package
