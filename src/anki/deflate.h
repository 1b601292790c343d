#pragma once
// Deflating a large entry on every core. zlib compresses on one thread, and
// the collection of a large deck is most of a package's bytes; cut into
// slices, each slice deflates on its own and the slices join into one valid
// stream, so any unzip reads the result.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "support/byte_source.h"

namespace deckpress::anki {

struct Deflated {
  // Raw deflate (RFC 1951), as a ZIP entry stores it, in slices that join
  // into one stream. They are kept apart: joining would hold them twice.
  std::vector<std::string> slices;
  std::uint64_t size = 0;   // of the input
  std::uint32_t crc32 = 0;  // of the input

  std::uint64_t deflated_size() const;
};

// The same bytes for the same input and level, however many threads run.
// Each thread reads only the slice it deflates and the window before it.
Deflated deflate_in_slices(const ByteSource& input, int level, unsigned threads);

}  // namespace deckpress::anki
