#include "anki/deflate.h"

#include <zlib.h>

#include <algorithm>

#include "support/parallel.h"
#include "support/zlib_deflate.h"

namespace deckpress::anki {

namespace {

constexpr size_t kSliceBytes = SliceDeflater::kSliceBytes;
constexpr size_t kWindowBytes = 32768;  // deflate's window: what a slice may refer back to

size_t slice_count(std::uint64_t size) { return std::max<size_t>(1, (size + kSliceBytes - 1) / kSliceBytes); }

// Slice `index` of `file` and the window before it: the window, then the slice.
struct SliceBytes {
  std::string bytes;
  size_t window = 0;
};

SliceBytes read_slice(const ByteSource& file, size_t index) {
  const std::uint64_t start = index * kSliceBytes;
  SliceBytes read;
  read.window = std::min<std::uint64_t>(start, kWindowBytes);
  read.bytes.assign(read.window + std::min<std::uint64_t>(kSliceBytes, file.size - start), '\0');
  file.read(start - read.window, read.bytes);
  return read;
}

std::uint32_t crc_of(std::string_view bytes, std::uint32_t crc = 0) {
  return static_cast<std::uint32_t>(
      crc32(crc, reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uInt>(bytes.size())));
}

}  // namespace

SliceDeflater::~SliceDeflater() {
  stop_ = true;
  if (thread_.joinable()) thread_.join();
}

// Primed with the input before it, a slice compresses as well as the middle
// of one stream would. All slices but the last end on a byte boundary
// without the final-block bit, so they concatenate.
SliceDeflater::Slice SliceDeflater::deflate_slice(const ByteSource& file, size_t index, bool last) const {
  const SliceBytes read = read_slice(file, index);
  const std::string_view all = read.bytes;
  const std::string_view slice = all.substr(read.window);
  Slice out;
  out.data = zlib_deflate(slice, level_, DeflateFormat::raw, last, all.substr(0, read.window));
  out.crc32 = crc_of(slice);
  out.read_crc = crc_of(slice, crc_of(all.substr(0, read.window)));
  return out;
}

bool SliceDeflater::still_matches(const ByteSource& file, size_t index, const Slice& slice) const {
  return crc_of(read_slice(file, index).bytes) == slice.read_crc;
}

void SliceDeflater::start_early(ByteSource part) {
  const size_t whole = part.size / kSliceBytes;
  early_.assign(whole, std::nullopt);
  thread_ = std::thread([this, part = std::move(part), whole] {
    try {
      for (size_t i = 1; i < whole && !stop_; ++i) early_[i] = deflate_slice(part, i, false);
    } catch (...) {
      // finish() deflates whatever is missing, and reports its own failures.
    }
  });
}

Deflated SliceDeflater::finish(const ByteSource& file) {
  // The early thread stops after its slice; all threads share what is left.
  stop_ = true;
  if (thread_.joinable()) thread_.join();
  const size_t count = slice_count(file.size);
  std::vector<Slice> slices(count);
  std::atomic<size_t> kept{0};
  parallel_for(count, threads_, [&](size_t i) {
    const bool last = i + 1 == count;
    std::optional<Slice>* early = i < early_.size() && !last ? &early_[i] : nullptr;
    if (early && *early && still_matches(file, i, **early)) {
      slices[i] = std::move(**early);
      ++kept;
    } else {
      slices[i] = deflate_slice(file, i, last);
    }
  });
  early_.clear();
  Deflated out;
  out.size = file.size;
  out.early_slices_kept = kept;
  for (size_t i = 0; i < count; ++i) {
    out.slices.push_back(std::move(slices[i].data));
    std::uint64_t length = std::min<std::uint64_t>(kSliceBytes, file.size - i * kSliceBytes);
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
