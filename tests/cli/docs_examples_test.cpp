// The decks of the repository and the TOML examples of the docs pass
// `deckpress check` without a word: the rules the docs state (escapes, $ math,
// names) must hold for the docs' own examples.
#include <catch2/catch.hpp>

#include <sstream>
#include <vector>

#include "cli/run.h"

namespace fs = std::filesystem;
using test::read_file;
using test::run;

namespace {

// The ```toml blocks of a Markdown file that hold notes or a note's keys,
// each as a deck; a fence of four backticks may hold one of three.
std::vector<std::string> toml_examples(const std::string& markdown) {
  std::vector<std::string> examples;
  std::istringstream lines(markdown);
  std::string line, fence, block;
  while (std::getline(lines, line)) {
    if (fence.empty() && line.starts_with("```") && line.ends_with("toml")) {
      fence = line.substr(0, line.find_first_not_of('`'));
      block.clear();
    } else if (!fence.empty() && line == fence) {
      if (block.find("[[note]]") == std::string::npos && !block.starts_with("[") && block.find("\n[") == std::string::npos)
        block = "[[note]]\n" + std::string(block.find("front =") == std::string::npos ? "front = \"Q\"\n" : "") + block;
      if (block.find("[[note]]") != std::string::npos) examples.push_back(block);
      fence.clear();
    } else if (!fence.empty()) {
      block += line + "\n";
    }
  }
  return examples;
}

}  // namespace

TEST_CASE("the repository's decks and the docs' TOML examples check clean") {
  auto result = run("cd " PROJECT_DIR " && " DECKPRESS_BINARY " check decks");
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.output, !Catch::Contains("warning") && !Catch::Contains("error"));

  test::TempDir dir("docs-examples");
  int count = 0;
  for (const char* doc : {"README.md", "docs/deck-format.md", "docs/markdown.md", "templates/README.md"}) {
    for (std::string example : toml_examples(read_file(fs::path(PROJECT_DIR) / doc))) {
      if (example.find("[deck]") == std::string::npos) example = "[deck]\nname = \"Example\"\n" + example;
      fs::path deck = dir.path() / ("example-" + std::to_string(++count) + ".toml");
      test::write_file(deck, example);
      INFO(doc << ":\n" << example);
      auto checked = run(DECKPRESS_BINARY " check " + deck.string());
      CHECK(checked.exit_code == 0);
      CHECK_THAT(checked.output, !Catch::Contains("warning") && !Catch::Contains("error"));
    }
  }
  CHECK(count >= 7);  // the examples of docs/deck-format.md at least
}
