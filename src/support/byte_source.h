#pragma once
// Bytes too large to hold in memory at once, read a piece at a time, from
// several threads at once. Header-only, like the rest of support/.
#include <cstdint>
#include <functional>
#include <span>

namespace deckpress {

struct ByteSource {
  std::uint64_t size = 0;
  // Fills `into` with the bytes from `offset` on; throws when it cannot.
  std::function<void(std::uint64_t offset, std::span<char> into)> read;
};

}  // namespace deckpress
