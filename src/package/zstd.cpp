#include "package/zstd.h"

#include <zstd.h>

#include <array>
#include <stdexcept>

namespace deckpress::package {

struct ZstdDecoder::Context {
  struct Free {
    void operator()(ZSTD_DCtx* context) const { ZSTD_freeDCtx(context); }
  };
  std::unique_ptr<ZSTD_DCtx, Free> stream{ZSTD_createDCtx()};
};

ZstdDecoder::ZstdDecoder(std::string what, uint64_t limit, ByteSink sink)
    : context_(std::make_unique<Context>()), what_(std::move(what)), limit_(limit),
      sink_(std::move(sink)) {
  if (!context_->stream) throw std::runtime_error("out of memory for the zstd decoder");
}

ZstdDecoder::~ZstdDecoder() = default;

void ZstdDecoder::fail(const std::string& problem) const {
  throw std::runtime_error(what_ + " is not valid zstd data: " + problem);
}

// Frames written by Anki declare no size; one that does is held to it here.
void ZstdDecoder::check_declared_size(std::string_view start) const {
  const unsigned long long declared = ZSTD_getFrameContentSize(start.data(), start.size());
  if (declared == ZSTD_CONTENTSIZE_ERROR) fail("it does not start with a zstd frame");
  if (declared != ZSTD_CONTENTSIZE_UNKNOWN && declared > limit_)
    throw std::runtime_error(what_ + " declares " + std::to_string(declared) +
                             " bytes, more than the limit of " + std::to_string(limit_));
}

void ZstdDecoder::feed(const char* data, size_t size) {
  if (!started_ && size > 0) {
    check_declared_size({data, size});
    started_ = true;
  }
  ZSTD_inBuffer input{data, size, 0};
  std::array<char, 1 << 16> buffer;
  // A full output buffer may leave decoded bytes inside the decoder: go on
  // until the input is used up and the output no longer fills.
  for (bool full = true; input.pos < input.size || full;) {
    ZSTD_outBuffer output{buffer.data(), buffer.size(), 0};
    const size_t consumed_before = input.pos;
    const size_t result = ZSTD_decompressStream(context_->stream.get(), &output, &input);
    if (ZSTD_isError(result)) fail(ZSTD_getErrorName(result));
    // Called again with nothing left, a finished frame hints at the next
    // frame's header: only a call that did something says where we are.
    if (output.pos > 0 || input.pos > consumed_before) mid_frame_ = result != 0;
    full = output.pos == output.size;
    decoded_ += output.pos;
    if (decoded_ > limit_)
      throw std::runtime_error(what_ + " expands beyond the limit of " + std::to_string(limit_) +
                               " bytes");
    if (output.pos > 0) sink_(buffer.data(), output.pos);
  }
}

void ZstdDecoder::finish() {
  if (!started_) fail("it is empty");
  if (mid_frame_) fail("it ends inside a frame");
}

std::string zstd_decode(std::string_view compressed, const std::string& what, uint64_t limit) {
  std::string decoded;
  ZstdDecoder decoder(what, limit, [&](const char* data, size_t size) { decoded.append(data, size); });
  decoder.feed(compressed.data(), compressed.size());
  decoder.finish();
  return decoded;
}

}  // namespace deckpress::package
