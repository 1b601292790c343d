// Finding a deck's repository: the folder of the nearest deckpress.lock up
// to the top of its git work tree, else the deck's folder.
#include <catch2/catch.hpp>

#include "pipeline/repository.h"
#include "support/temp_dir.h"

using deckpress::pipeline::find_repository;
using deckpress::pipeline::lock_name;
namespace fs = std::filesystem;

TEST_CASE("the nearest lock up to the git work tree's top makes the repository") {
  test::TempDir dir("find-repository");
  fs::create_directories(dir.path() / "repo/.git");
  fs::create_directories(dir.path() / "repo/decks/chem");
  const fs::path chem = dir.path() / "repo/decks/chem";
  CHECK(find_repository(chem) == chem);  // no lock anywhere: the deck's folder
  dir.write("repo/deckpress.lock", "");
  CHECK(find_repository(chem) == dir.path() / "repo");
  dir.write("repo/decks/deckpress.lock", "");
  CHECK(find_repository(chem) == dir.path() / "repo/decks");  // the nearest
  CHECK(lock_name(chem / "acids.toml", dir.path() / "repo/decks") == "chem/acids");
  CHECK(lock_name(chem / "acids.toml", chem) == "acids");
}

TEST_CASE("a lock above the git work tree, or without one, is not looked for") {
  test::TempDir dir("no-repository");
  dir.write("deckpress.lock", "");
  fs::create_directories(dir.path() / "repo/.git");
  fs::create_directories(dir.path() / "repo/decks");
  fs::create_directories(dir.path() / "plain/decks");
  CHECK(find_repository(dir.path() / "repo/decks") == dir.path() / "repo/decks");
  CHECK(find_repository(dir.path() / "plain/decks") == dir.path() / "plain/decks");
}
