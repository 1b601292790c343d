#include <catch2/catch.hpp>

#include <zlib.h>

#include <cstring>
#include <random>
#include <stdexcept>

#include "anki/deflate.h"

using deckpress::anki::deflate_in_slices;

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
  const size_t size = GENERATE(size_t{0}, size_t{100}, (size_t{1} << 20), size_t{3'500'000});
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
