#include <catch2/catch.hpp>

#include "deck/file_bytes.h"
#include "support/temp_dir.h"

using deckpress::read_file_bytes;

TEST_CASE("a file is read whole, byte for byte") {
  test::TempDir dir("file-bytes");
  std::string bytes(200'000, '\0');
  for (size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<char>(i * 7);
  CHECK(read_file_bytes(dir.write("data.bin", bytes)) == bytes);
  CHECK(read_file_bytes(dir.write("empty", "")) == std::string());
}

TEST_CASE("a file that reports no size is still read to its end") {
  auto status = read_file_bytes("/proc/self/status");
  REQUIRE(status);
  CHECK(status->starts_with("Name:"));
  CHECK(status->find("VmRSS") != std::string::npos);
}

TEST_CASE("a missing file or a folder reads as nothing") {
  test::TempDir dir("file-bytes-none");
  CHECK_FALSE(read_file_bytes(dir.path() / "missing"));
  CHECK_FALSE(read_file_bytes(dir.path()));
}
