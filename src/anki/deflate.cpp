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

// Deflates `slice`, primed with the input before it so it compresses as well
// as the middle of one stream would. All slices but the last end on a byte
// boundary without the final-block bit, so they concatenate.
Slice deflate_slice(std::string_view before, std::string_view slice, int level, bool last) {
  std::string_view window = before.substr(before.size() - std::min(before.size(), kWindowBytes));
  Slice out;
  out.data = zlib_deflate(slice, level, DeflateFormat::raw, last, window);
  out.crc32 = static_cast<std::uint32_t>(
      crc32(0, reinterpret_cast<const Bytef*>(slice.data()), static_cast<uInt>(slice.size())));
  return out;
}

}  // namespace

Deflated deflate_in_slices(std::string_view bytes, int level, unsigned threads) {
  const size_t count = std::max<size_t>(1, (bytes.size() + kSliceBytes - 1) / kSliceBytes);
  std::vector<Slice> slices(count);
  parallel_for(count, threads, [&](size_t i) {
    size_t start = i * kSliceBytes;
    slices[i] = deflate_slice(bytes.substr(0, start), bytes.substr(start, kSliceBytes), level, i + 1 == count);
  });
  Deflated out;
  out.size = bytes.size();
  for (size_t i = 0; i < count; ++i) {
    out.data += slices[i].data;
    std::uint64_t length = std::min(kSliceBytes, bytes.size() - i * kSliceBytes);
    out.crc32 = static_cast<std::uint32_t>(crc32_combine(out.crc32, slices[i].crc32, static_cast<z_off_t>(length)));
  }
  return out;
}

}  // namespace deckpress::anki
