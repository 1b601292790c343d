#include <catch2/catch.hpp>

#include <zlib.h>

#include <atomic>
#include <chrono>
#include <cstring>
#include <random>
#include <stdexcept>
#include <thread>

#include "anki/deflate.h"


namespace {

// What any unzip would read back from a raw deflate stream.
std::string inflate_raw(const std::string& data, size_t size) {
  std::string out(size, '\0');
  z_stream stream{};
  REQUIRE(inflateInit2(&stream, -15) == Z_OK);
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  CHECK(inflate(&stream, Z_FINISH) == Z_STREAM_END);
  CHECK(stream.avail_in == 0);
  out.resize(stream.total_out);
  inflateEnd(&stream);
  return out;
}

// A byte source over a string, as the package writer's file would be read.
deckpress::ByteSource source_of(const std::string& bytes) {
  return {bytes.size(), [&bytes](std::uint64_t offset, std::span<char> into) {
            if (offset + into.size() > bytes.size()) throw std::out_of_range("read past the end");
            std::memcpy(into.data(), bytes.data() + offset, into.size());
          }};
}

// A finished file deflated at once, without an early part.
deckpress::anki::Deflated deflate_in_slices(const deckpress::ByteSource& input, int level, unsigned threads) {
  return deckpress::anki::SliceDeflater(level, threads).finish(input);
}

std::string joined(const deckpress::anki::Deflated& deflated) {
  std::string all;
  for (const auto& slice : deflated.slices) all += slice;
  return all;
}

// Text that repeats across slice boundaries, with noise that does not.
std::string sample(size_t size) {
  std::mt19937 random(7);
  std::string text;
  while (text.size() < size)
    text += "<b>note</b> " + std::to_string(random() % 1000) + (random() % 3 ? " the cache " : " a socket\n");
  text.resize(size);
  return text;
}

}  // namespace

TEST_CASE("an entry deflated in slices reads back whole, with the CRC of the whole") {
  const size_t size = GENERATE(size_t{0}, size_t{100}, 4 * deckpress::anki::SliceDeflater::kSliceBytes,
                               size_t{3'500'000});
  std::string input = sample(size);
  auto deflated = deflate_in_slices(source_of(input), 1, 2);
  CHECK(deflated.size == input.size());
  CHECK(inflate_raw(joined(deflated), input.size()) == input);
  CHECK(deflated.crc32 == crc32(0, reinterpret_cast<const Bytef*>(input.data()), static_cast<uInt>(input.size())));
  CHECK(deflated.deflated_size() < input.size() / 2 + 16);
}

TEST_CASE("deflating in slices gives the same bytes however many threads run") {
  std::string input = sample(3'500'000);
  auto one = deflate_in_slices(source_of(input), 1, 1);
  CHECK(joined(deflate_in_slices(source_of(input), 1, 2)) == joined(one));
  CHECK(joined(deflate_in_slices(source_of(input), 1, 5)) == joined(one));
}

namespace {

// A byte source that counts its reads, to know when early slices are read.
deckpress::ByteSource counted_source_of(const std::string& bytes, std::atomic<size_t>& reads) {
  deckpress::ByteSource source = source_of(bytes);
  return {source.size, [read = source.read, &reads](std::uint64_t offset, std::span<char> into) {
            read(offset, into);
            ++reads;
          }};
}

constexpr size_t kSlice = deckpress::anki::SliceDeflater::kSliceBytes;

// Deflates `final` after deflating `early` (a file as it was midway) early,
// once the early thread has read every slice it will deflate: all the whole
// slices of `early` but the first. Waits a minute at most, then fails.
deckpress::anki::Deflated deflated_with_early_part(const std::string& early, const std::string& final) {
  deckpress::anki::SliceDeflater deflater(1, 2);
  std::atomic<size_t> reads{0};
  deflater.start_early(counted_source_of(early, reads));
  const size_t early_slices = early.size() / kSlice - 1;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(1);
  while (reads < early_slices && std::chrono::steady_clock::now() < deadline) std::this_thread::yield();
  REQUIRE(reads == early_slices);
  return deflater.finish(source_of(final));
}

}  // namespace

TEST_CASE("slices deflated early are kept, and give the bytes deflating the finished file gives") {
  std::string file = sample(14 * kSlice - 1000);
  std::string midway = file.substr(0, 8 * kSlice - 100);  // 7 whole slices: 6 deflated early
  auto deflated = deflated_with_early_part(midway, file);
  CHECK(joined(deflated) == joined(deflate_in_slices(source_of(file), 1, 1)));
  CHECK(deflated.early_slices_kept == 6);
}

TEST_CASE("a slice deflated early is deflated again when its bytes or its window change") {
  std::string midway = sample(14 * kSlice - 1000);
  std::string file = midway;
  file[3 * kSlice + 100] = '#';   // inside slice 3
  file[5 * kSlice - 1000] = '#';  // inside slice 4, and in the window slice 5 starts from
  auto deflated = deflated_with_early_part(midway, file);
  CHECK(joined(deflated) == joined(deflate_in_slices(source_of(file), 1, 1)));
  CHECK(inflate_raw(joined(deflated), file.size()) == file);
  CHECK(deflated.early_slices_kept == 12 - 3);  // slices 1 to 12 early (13 is partial): all but 3, 4 and 5
}
