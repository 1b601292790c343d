#include <catch2/catch.hpp>

#include <string_view>

#include "cli/run.h"

namespace fs = std::filesystem;
using test::read_file;
using test::run_deckpress;
using test::write_file;

// The GitHub repository this deckpress was built for (owner/name), or empty.
constexpr std::string_view kRepository = DECKPRESS_GITHUB_REPOSITORY;

TEST_CASE("init creates a deck repository whose example deck passes check") {
  test::TempDir dir("init-new");
  std::string repo = dir.str() + "/decks-repo";  // does not exist yet
  auto result = run_deckpress("init " + repo);
  REQUIRE(result.exit_code == 0);
  CHECK(result.output == "created " + repo + "/decks/example.toml\n"
                         "created " + repo + "/.gitignore\n"
                         "created " + repo + "/.github/workflows/decks.yml\n"
                         "created " + repo + "/README.md\n"
                         "next: run `deckpress build` in " + repo +
                         " and commit decks/deckpress.lock; README.md explains the CI set-up\n" +
                         (kRepository.empty() ? "note: this deckpress was built without its GitHub repository's "
                                                "name: in .github/workflows/decks.yml, replace <owner> with its owner\n"
                                              : ""));
  CHECK(read_file(repo + "/.gitignore") == "/output/\n");

  auto check = run_deckpress("check " + repo + "/decks");
  CHECK(check.output == "");
  CHECK(check.exit_code == 0);
}

TEST_CASE("the new repository builds, then builds --locked as its CI does") {
  test::TempDir dir("init-build");
  REQUIRE(run_deckpress("init " + dir.str()).exit_code == 0);
  REQUIRE(run_deckpress("build " + dir.str() + "/decks -o " + dir.str() + "/output").exit_code == 0);
  CHECK(fs::exists(dir.path() / "output/example.apkg"));
  CHECK(fs::exists(dir.path() / "output/example.pdf"));
  CHECK(run_deckpress("build --locked " + dir.str() + "/decks -o " + dir.str() + "/output").exit_code == 0);
}

TEST_CASE("init refuses to overwrite, lists what exists and writes nothing") {
  test::TempDir dir("init-existing");
  write_file(dir.path() / "README.md", "my notes\n");
  write_file(dir.path() / ".gitignore", "build/\n");
  auto result = run_deckpress("init " + dir.str());
  CHECK(result.exit_code == 1);
  CHECK(result.output == "deckpress: init writes nothing, because these files exist already:\n"
                         "  " + dir.str() + "/.gitignore\n"
                         "  " + dir.str() + "/README.md\n");
  CHECK(read_file(dir.path() / "README.md") == "my notes\n");
  CHECK_FALSE(fs::exists(dir.path() / "decks"));
}

TEST_CASE("a second init into the same folder refuses") {
  test::TempDir dir("init-twice");
  REQUIRE(run_deckpress("init " + dir.str()).exit_code == 0);
  auto second = run_deckpress("init " + dir.str());
  CHECK(second.exit_code == 1);
  CHECK_THAT(second.output, Catch::Contains(dir.str() + "/decks/example.toml"));
}

TEST_CASE("the workflow init writes is the one docs/ci.md shows, with the version pinned") {
  test::TempDir dir("init-workflow");
  REQUIRE(run_deckpress("init " + dir.str()).exit_code == 0);
  std::string workflow = read_file(dir.path() / ".github/workflows/decks.yml");
  REQUIRE_FALSE(workflow.empty());
  // docs/ci.md says <owner> where a released deckpress names its repository.
  std::string uses = "uses: " + std::string(kRepository.empty() ? "<owner>/deckpress" : kRepository) + "@v" +
                     DECKPRESS_VERSION + "\n";
  REQUIRE_THAT(workflow, Catch::Contains(uses));
  workflow.replace(workflow.find(uses), uses.size(), "uses: <owner>/deckpress@v" DECKPRESS_VERSION "\n");
  CHECK_THAT(read_file(PROJECT_DIR "/docs/ci.md"), Catch::Contains("```yaml\n" + workflow + "```\n"));
}
