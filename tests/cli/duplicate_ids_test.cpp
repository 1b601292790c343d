// The one check of the bad-deck corpus that spans files, so it lives in the
// pipeline and is tested through the binary.
#include <catch2/catch.hpp>

#include "cli/run.h"

TEST_CASE("a note id used in two deck files is an error at the second, naming the first") {
  auto result = test::run("cd " TESTS_DIR "/deck/bad/duplicate-ids && " DECKPRESS_BINARY
                          " check first.toml second.toml");
  CHECK(result.exit_code == 1);
  CHECK(result.output ==
        "second.toml:8:1: error: note id 'gil' is already used at first.toml:4\n"
        " 8 | [[note]]\n"
        "   | ^\n"
        "deckpress: 1 error(s), 0 warning(s)\n");
}
