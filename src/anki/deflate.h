#pragma once
// Deflating a large entry on every core. zlib compresses on one thread, and
// the collection of a large deck is most of a package's bytes; cut into
// slices, each slice deflates on its own and the slices join into one valid
// stream, so any unzip reads the result.
#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "support/byte_source.h"

namespace deckpress::anki {

struct Deflated {
  // Raw deflate (RFC 1951), as a ZIP entry stores it, in slices that join
  // into one stream. They are kept apart: joining would hold them twice.
  std::vector<std::string> slices;
  std::uint64_t size = 0;   // of the input
  std::uint32_t crc32 = 0;  // of the input
  // Slices deflated early and kept, not deflated again: what start_early()
  // saved (docs/performance.md; the tests check that it is not zero).
  std::size_t early_slices_kept = 0;

  std::uint64_t deflated_size() const;
};

// Deflates a file in slices on `threads` threads. A file written in two
// goes, as the collection is (its notes, then its cards and indexes), can
// have the slices of the first go deflated on one thread while the second
// is written: start_early() with the file so far, finish() with the whole.
// An early slice whose bytes changed meanwhile is deflated again, so the
// result is always the same bytes for the same file and level, however it
// was cut up and however many threads ran.
class SliceDeflater {
 public:
  // 256 KiB: enough slices for every core, each long enough that its 32 KiB
  // primer and sync flush cost little.
  static constexpr size_t kSliceBytes = size_t{256} << 10;

  SliceDeflater(int level, unsigned threads) : level_(level), threads_(threads) {}
  ~SliceDeflater();
  SliceDeflater(const SliceDeflater&) = delete;
  SliceDeflater& operator=(const SliceDeflater&) = delete;

  // Deflates, on a thread of its own, the whole slices of `part` but the
  // first: that one holds the file's header, which changes to the end.
  void start_early(ByteSource part);
  // The whole file, deflated: the early thread stops after its current
  // slice, and every thread shares what it left.
  Deflated finish(const ByteSource& file);

 private:
  struct Slice {
    std::string data;
    std::uint32_t crc32 = 0;     // of the slice
    std::uint32_t read_crc = 0;  // of the window before it and the slice: what it was made from
  };

  Slice deflate_slice(const ByteSource& file, size_t index, bool last) const;
  bool still_matches(const ByteSource& file, size_t index, const Slice& slice) const;

  int level_;
  unsigned threads_;
  std::vector<std::optional<Slice>> early_;
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

}  // namespace deckpress::anki
