#include "anki/deflate.h"

#include <zlib.h>

#include <algorithm>
#include <stdexcept>
#include <vector>

#include "support/parallel.h"

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
// boundary (a sync flush) without the final-block bit, so they concatenate.
Slice deflate_slice(std::string_view before, std::string_view slice, int level, bool last) {
  z_stream stream{};
  if (deflateInit2(&stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    throw std::runtime_error("cannot start zlib");
  std::string_view window = before.substr(before.size() - std::min(before.size(), kWindowBytes));
  if (!window.empty())
    deflateSetDictionary(&stream, reinterpret_cast<const Bytef*>(window.data()), static_cast<uInt>(window.size()));
  Slice out;
  out.data.resize(deflateBound(&stream, slice.size()) + 16);
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(slice.data()));
  stream.avail_in = static_cast<uInt>(slice.size());
  const int flush = last ? Z_FINISH : Z_SYNC_FLUSH;
  while (true) {
    stream.next_out = reinterpret_cast<Bytef*>(out.data.data()) + stream.total_out;
    stream.avail_out = static_cast<uInt>(out.data.size() - stream.total_out);
    int result = deflate(&stream, flush);
    if (result == Z_STREAM_ERROR) break;
    if (last ? result == Z_STREAM_END : stream.avail_in == 0 && stream.avail_out > 0) break;
    out.data.resize(out.data.size() * 2);  // zlib asks for more room: call again
  }
  bool done = stream.avail_in == 0;
  out.data.resize(stream.total_out);
  deflateEnd(&stream);
  if (!done) throw std::runtime_error("cannot deflate the package");
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
