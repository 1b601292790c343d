// Where the shipped data files are found (src/support/data_dir.h).
#include <catch2/catch.hpp>

#include "support/data_dir.h"
#include "support/temp_dir.h"

namespace fs = std::filesystem;
using deckpress::data_dir_for;

TEST_CASE("installed, the data folder is share/deckpress beside the binary's bin/") {
  test::TempDir prefix("data-dir-installed");
  fs::create_directories(prefix.path() / "bin");
  fs::create_directories(prefix.path() / "share/deckpress");
  CHECK(data_dir_for(prefix.path() / "bin/deckpress", "/src") == prefix.path() / "share/deckpress");
}

TEST_CASE("without share/deckpress beside it, the binary uses the source tree's files") {
  test::TempDir build("data-dir-build");
  CHECK(data_dir_for(build.path() / "deckpress", "/src") == "/src");
  CHECK(data_dir_for("", "/src") == "/src");
  CHECK(data_dir_for("deckpress", "/src") == "/src");
}

TEST_CASE("a test program in the build folder finds the source tree") {
  CHECK(fs::equivalent(deckpress::data_dir(), PROJECT_DIR));
}
