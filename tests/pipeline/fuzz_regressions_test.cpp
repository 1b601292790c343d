// Replays every input a fuzz target once crashed on (tests/fuzz-regressions/)
// through the same entry function; a regression crashes this program.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>

#include "fuzz/targets.h"

namespace fs = std::filesystem;

TEST_CASE("every saved fuzz crash input runs through its target without crashing") {
  const std::map<std::string, std::function<void(std::string_view)>> targets = {
      {"deck_loader", deckpress::fuzz::load_deck},
      {"markdown", deckpress::fuzz::markdown},
      {"template", deckpress::fuzz::render_template},
      {"inspect", deckpress::fuzz::inspect},
  };
  int replayed = 0;
  for (const auto& folder : fs::directory_iterator(TESTS_DIR "/fuzz-regressions")) {
    if (!folder.is_directory()) continue;
    INFO(folder.path().filename().string());
    auto target = targets.find(folder.path().filename().string());
    REQUIRE(target != targets.end());
    for (const auto& input : fs::directory_iterator(folder.path())) {
      INFO(input.path().filename().string());
      std::ifstream in(input.path(), std::ios::binary);
      std::ostringstream bytes;
      bytes << in.rdbuf();
      target->second(bytes.str());
      ++replayed;
    }
  }
  CHECK(replayed > 0);
}
