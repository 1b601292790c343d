#pragma once
// Deflating a large entry on every core. zlib compresses on one thread, and
// the collection of a large deck is most of a package's bytes; cut into
// slices, each slice deflates on its own and the slices join into one valid
// stream, so any unzip reads the result.
#include <cstdint>
#include <string>
#include <string_view>

namespace deckpress::anki {

struct Deflated {
  std::string data;         // raw deflate (RFC 1951), as a ZIP entry stores it
  std::uint64_t size = 0;   // of the input
  std::uint32_t crc32 = 0;  // of the input
};

// The same bytes for the same input and level, however many threads run.
Deflated deflate_in_slices(std::string_view bytes, int level, unsigned threads);

}  // namespace deckpress::anki
