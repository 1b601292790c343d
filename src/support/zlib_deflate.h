#pragma once
// One run of zlib's deflate, shared by the package's collection (raw
// deflate, as ZIP stores it) and the sheet's page contents (a zlib stream,
// as PDF stores it). Header-only, like the rest of support/.
#include <zlib.h>

#include <stdexcept>
#include <string>
#include <string_view>

namespace deckpress {

enum class DeflateFormat { zlib, raw };

// Deflates `input` at `level`, primed with `dictionary` (the bytes that come
// before it, for a stream continued from another). With `finish` the stream
// ends; without, it stops on a byte boundary (a sync flush, no final block)
// so that another stream's bytes can follow.
inline std::string zlib_deflate(std::string_view input, int level, DeflateFormat format, bool finish,
                                std::string_view dictionary = {}) {
  z_stream stream{};
  if (deflateInit2(&stream, level, Z_DEFLATED, format == DeflateFormat::raw ? -15 : 15, 8,
                   Z_DEFAULT_STRATEGY) != Z_OK)
    throw std::runtime_error("cannot start zlib");
  if (!dictionary.empty())
    deflateSetDictionary(&stream, reinterpret_cast<const Bytef*>(dictionary.data()),
                         static_cast<uInt>(dictionary.size()));
  std::string out(deflateBound(&stream, input.size()) + 16, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input.data()));
  stream.avail_in = static_cast<uInt>(input.size());
  const int flush = finish ? Z_FINISH : Z_SYNC_FLUSH;
  while (true) {
    stream.next_out = reinterpret_cast<Bytef*>(out.data()) + stream.total_out;
    stream.avail_out = static_cast<uInt>(out.size() - stream.total_out);
    int result = deflate(&stream, flush);
    if (result == Z_STREAM_ERROR) break;
    if (finish ? result == Z_STREAM_END : stream.avail_in == 0 && stream.avail_out > 0) break;
    out.resize(out.size() * 2);  // zlib asks for more room: call again
  }
  bool done = stream.avail_in == 0;
  out.resize(stream.total_out);
  out.shrink_to_fit();  // room was made for incompressible input; callers may keep many of these
  deflateEnd(&stream);
  if (!done) throw std::runtime_error("zlib could not deflate the data");
  return out;
}

}  // namespace deckpress
