#include "anki/deflate.h"

#include <zlib.h>

#include <algorithm>
#include <vector>

#include "support/parallel.h"
#include "support/zlib_deflate.h"

namespace deckpress::anki {

namespace {

constexpr size_t kSliceBytes = size_t{256} << 10;
constexpr size_t kWindowBytes = 32768;  // deflate's window: what a slice may refer back to

struct Slice {
  std::string data;
  std::uint32_t crc32 = 0;
};

// Deflates slice `index`, primed with the input before it so it compresses
// as well as the middle of one stream would. All slices but the last end on
// a byte boundary without the final-block bit, so they concatenate.
Slice deflate_slice(const ByteSource& input, size_t index, int level, bool last) {
  const std::uint64_t start = index * kSliceBytes;
  const std::uint64_t window = std::min<std::uint64_t>(start, kWindowBytes);
  std::string bytes(window + std::min<std::uint64_t>(kSliceBytes, input.size - start), '\0');
  input.read(start - window, bytes);
  std::string_view slice = std::string_view(bytes).substr(window);
  Slice out;
  out.data = zlib_deflate(slice, level, DeflateFormat::raw, last, std::string_view(bytes).substr(0, window));
  out.crc32 = static_cast<std::uint32_t>(
      crc32(0, reinterpret_cast<const Bytef*>(slice.data()), static_cast<uInt>(slice.size())));
  return out;
}

}  // namespace

Deflated deflate_in_slices(const ByteSource& input, int level, unsigned threads) {
  const size_t count = std::max<size_t>(1, (input.size + kSliceBytes - 1) / kSliceBytes);
  std::vector<Slice> slices(count);
  parallel_for(count, threads, [&](size_t i) { slices[i] = deflate_slice(input, i, level, i + 1 == count); });
  Deflated out;
  out.size = input.size;
  for (size_t i = 0; i < count; ++i) {
    out.slices.push_back(std::move(slices[i].data));
    std::uint64_t length = std::min<std::uint64_t>(kSliceBytes, input.size - i * kSliceBytes);
    out.crc32 = static_cast<std::uint32_t>(crc32_combine(out.crc32, slices[i].crc32, static_cast<z_off_t>(length)));
  }
  return out;
}

std::uint64_t Deflated::deflated_size() const {
  std::uint64_t total = 0;
  for (const auto& slice : slices) total += slice.size();
  return total;
}

}  // namespace deckpress::anki
