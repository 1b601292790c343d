#include "importer/staging.h"

#include <catch2/catch.hpp>
#include <map>

#include "support/anki_fixture.h"

namespace fs = std::filesystem;
using deckpress::importer::Staging;

namespace {

// Every entry under `folder`, relative to it: a file's bytes, or "/" for a folder.
std::map<std::string, std::string> entries_under(const fs::path& folder) {
  std::map<std::string, std::string> entries;
  for (const auto& entry : fs::recursive_directory_iterator(folder))
    entries[entry.path().lexically_relative(folder).generic_string()] =
        entry.is_directory() ? "/" : test::fixture::file_bytes(entry.path());
  return entries;
}

}  // namespace

TEST_CASE("staged files reach their places only on commit, replacing what was there") {
  test::TempDir dir("staging");
  dir.write("repo/decks/a.toml", "old");
  const fs::path root = dir.path() / "repo";
  {
    Staging staging(root);
    staging.add("decks/a.toml", "new");
    staging.add("decks/media/cat.png", "cat");
    CHECK(entries_under(root).count("decks/media") == 0);
    staging.commit();
  }
  CHECK(entries_under(root) == std::map<std::string, std::string>{
      {"decks", "/"}, {"decks/a.toml", "new"}, {"decks/media", "/"}, {"decks/media/cat.png", "cat"}});
}

TEST_CASE("a move that fails puts back every file and folder the earlier ones changed") {
  test::TempDir dir("staging");
  dir.write("repo/decks/a.toml", "old");
  fs::create_directories(dir.path() / "repo/decks/b.toml");  // a folder where a file must go
  const fs::path root = dir.path() / "repo";
  const auto before = entries_under(root);
  {
    Staging staging(root);
    staging.add("decks/a.toml", "new");
    staging.add("decks/media/cat.png", "cat");
    staging.add("decks/b.toml", "b");
    CHECK_THROWS_WITH(staging.commit(),
                      "cannot write " + (root / "decks/b.toml").string() + ": a folder is in the way");
  }
  CHECK(entries_under(root) == before);
}

TEST_CASE("a repository folder staging had to make is removed when nothing is committed") {
  test::TempDir dir("staging");
  const fs::path root = dir.path() / "new/repo";
  {
    Staging staging(root);
    staging.add("decks/a.toml", "a");
  }
  CHECK_FALSE(fs::exists(dir.path() / "new"));
}
