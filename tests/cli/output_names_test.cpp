// Nothing is overwritten by accident: two decks never write the same files,
// a bundle never replaces a deck's package, and no package gets a name that
// Anki desktop imports as a whole collection. Each is an error before
// anything is written.
#include <catch2/catch.hpp>

#include <algorithm>

#include "cli/run.h"

namespace fs = std::filesystem;
using test::run_deckpress;
using test::write_file;

namespace {

std::string deck(const std::string& name) {
  return "[deck]\nname = \"" + name + "\"\n\n[[note]]\nid = \"" + name + "-1\"\nfront = \"Q\"\nback = \"A\"\n";
}

// Every file under `dir`, relative to it.
std::vector<std::string> files_under(const fs::path& dir) {
  std::vector<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir))
    if (entry.is_regular_file()) files.push_back(entry.path().lexically_relative(dir).generic_string());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

TEST_CASE("two deck files of the same name are an error at both, and neither writes") {
  test::TempDir dir("same-name");
  write_file(dir.path() / "a/chem.toml", deck("Chem A"));
  write_file(dir.path() / "b/chem.toml", deck("Chem B"));
  write_file(dir.path() / "b/bio.toml", deck("Bio"));
  auto result = run_deckpress("build " + dir.str() + "/a " + dir.str() + "/b -o " + dir.str() + "/out");
  CHECK(result.exit_code == 1);
  const std::string message = " would both write their outputs as chem.*; rename one of the deck files";
  CHECK_THAT(result.output, Catch::Contains(dir.str() + "/a/chem.toml: error: this deck and " + dir.str() + "/b/chem.toml" + message));
  CHECK_THAT(result.output, Catch::Contains(dir.str() + "/b/chem.toml: error: this deck and " + dir.str() + "/a/chem.toml" + message));
  CHECK(files_under(dir.path()) == std::vector<std::string>{"a/chem.toml", "b/bio.toml", "b/chem.toml", "b/deckpress.lock",
                                                             "out/.deckpress/bio.stamp", "out/bio.apkg", "out/bio.pdf"});
}

TEST_CASE("a bundle named like a deck's package, or not .apkg, is a usage error before anything is written") {
  test::TempDir dir("bundle-name");
  write_file(dir.path() / "d/chem.toml", deck("Chem"));
  const std::string build = "build " + dir.str() + "/d -o " + dir.str() + "/out --bundle ";
  auto same = run_deckpress(build + "chem.apkg");
  CHECK(same.exit_code == 2);
  CHECK(same.output == "deckpress: --bundle chem.apkg: it is also the package of " + dir.str() +
                           "/d/chem.toml; choose another name\n");
  auto not_apkg = run_deckpress(build + "all");
  CHECK(not_apkg.exit_code == 2);
  CHECK(not_apkg.output == "deckpress: --bundle all: a bundle is an Anki package: give it a name ending in .apkg\n");
  auto collection = run_deckpress(build + "Collection.apkg");
  CHECK(collection.exit_code == 2);
  CHECK(collection.output == "deckpress: --bundle Collection.apkg: Anki desktop imports a file named Collection.apkg "
                             "as a whole collection, replacing the user's; choose another name, such as "
                             "decks-Collection.apkg\n");
  CHECK(files_under(dir.path()) == std::vector<std::string>{"d/chem.toml"});
}

TEST_CASE("a deck whose package Anki would import as a whole collection writes nothing") {
  test::TempDir dir("collection-name");
  for (const char* name : {"collection.toml", "backup-2024-05.toml", "BACKUP-old.toml"}) {
    INFO(name);
    write_file(dir.path() / "d" / name, deck("Mine"));
    auto result = run_deckpress("build " + (dir.path() / "d" / name).string() + " -o " + dir.str() + "/out");
    CHECK(result.exit_code == 1);
    std::string package = fs::path(name).stem().string() + ".apkg";
    CHECK_THAT(result.output, Catch::Contains("error: Anki desktop imports a file named " + package +
                                              " as a whole collection, replacing the user's; rename the deck "
                                              "file, for example to deck-" + name));
    fs::remove(dir.path() / "d" / name);
    CHECK(files_under(dir.path()).empty());
  }
  // Only the package's name matters: the sheet alone may be called so.
  write_file(dir.path() / "d/collection.toml", deck("Mine"));
  CHECK(run_deckpress("build " + dir.str() + "/d --only pdf -o " + dir.str() + "/out").exit_code == 0);
}

TEST_CASE("a deck named twice on the command line is built once") {
  test::TempDir dir("named-twice");
  write_file(dir.path() / "d/chem.toml", deck("Chem"));
  auto result = run_deckpress("build " + dir.str() + "/d " + dir.str() + "/d/chem.toml -o " + dir.str() + "/out");
  CHECK(result.exit_code == 0);
  CHECK(result.output == "built " + dir.str() + "/d/chem.toml (1 notes, 1 cards)\n");
}
