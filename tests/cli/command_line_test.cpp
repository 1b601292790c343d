// The command line does what the README says, and exits with the code it
// documents: 2 for a wrong command line or a missing input file.
#include <catch2/catch.hpp>

#include <sstream>

#include "cli/run.h"

namespace fs = std::filesystem;
using test::run_deckpress;
using test::write_file;

namespace {

// The commands `deckpress --help` lists, joined by ", ".
std::string listed_commands() {
  std::string help = run_deckpress("--help").output;
  std::istringstream lines(help.substr(help.find("Subcommands:")));
  std::string line, names;
  std::getline(lines, line);
  while (std::getline(lines, line) && line.starts_with("  "))
    names += (names.empty() ? "" : ", ") + line.substr(2, line.find(' ', 2) - 2);
  return names;
}

}  // namespace

TEST_CASE("an unknown command names the commands and exits with 2") {
  auto result = run_deckpress("frob");
  CHECK(result.exit_code == 2);
  CHECK_THAT(listed_commands(), Catch::StartsWith("build, watch, preview, check, inspect, init, diff, calibrate"));
  CHECK(result.output == "deckpress: unknown command 'frob'; the commands are " + listed_commands() +
                             " (deckpress --help)\n");
}

TEST_CASE("diff --help shows both forms and exits with 0") {
  auto result = run_deckpress("diff --help");
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.output, Catch::Contains("diff [OPTIONS] old [new]"));
  CHECK_THAT(result.output, Catch::Contains("OLD.apkg, or DECK.toml to compare with its last output"));
  CHECK_THAT(result.output, Catch::Contains("NEW.apkg"));
}

TEST_CASE("diff of a single package is a usage error, not a deck that does not build") {
  test::TempDir dir("diff-one");
  write_file(dir.path() / "d/deck.toml", "[deck]\nname = \"D\"\n[[note]]\nid = \"a\"\nfront = \"Q\"\nback = \"A\"\n");
  REQUIRE(run_deckpress("build " + dir.str() + "/d -o " + dir.str() + "/out -q").exit_code == 0);
  auto result = run_deckpress("diff " + dir.str() + "/out/deck.apkg");
  CHECK(result.exit_code == 2);
  CHECK(result.output == "deckpress: diff compares two packages (OLD.apkg NEW.apkg), or a deck file (DECK.toml) "
                         "with its last output\n");
}

TEST_CASE("a missing input file is exit 2 for every command that reads one") {
  test::TempDir dir("missing-input");
  write_file(dir.path() / "d/deck.toml", "[deck]\nname = \"D\"\n[[note]]\nid = \"a\"\nfront = \"Q\"\nback = \"A\"\n");
  const std::string missing = dir.str() + "/missing.apkg";
  CHECK(run_deckpress("inspect " + missing).exit_code == 2);
  CHECK(run_deckpress("diff " + missing + " " + missing).exit_code == 2);
  CHECK(run_deckpress("diff " + dir.str() + "/missing.toml").exit_code == 2);
  CHECK(run_deckpress("build " + dir.str() + "/missing.toml").exit_code == 2);
  CHECK(run_deckpress("check " + dir.str() + "/missing.toml").exit_code == 2);
  auto no_output = run_deckpress("diff " + dir.str() + "/d/deck.toml -o " + dir.str() + "/out");
  CHECK(no_output.exit_code == 2);
  CHECK(no_output.output == "deckpress: " + dir.str() + "/out/deck.apkg: no such file: build the deck first, or "
                            "name its output folder with -o\n");
  CHECK_FALSE(fs::exists(dir.path() / "d/deckpress.lock"));
}

TEST_CASE("init where a file stands in the way of its folders writes nothing and exits with 1") {
  test::TempDir dir("init-blocked");
  write_file(dir.path() / ".github", "a file, not a folder\n");
  auto result = run_deckpress("init " + dir.str());
  CHECK(result.exit_code == 1);
  CHECK(result.output == "deckpress: init writes nothing, because these files exist already:\n"
                         "  " + dir.str() + "/.github\n");
  CHECK_FALSE(fs::exists(dir.path() / "decks"));
  CHECK_FALSE(fs::exists(dir.path() / ".gitignore"));
}
