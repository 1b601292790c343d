// Where a deck's lock and media may be: its deck repository, the folder of
// the nearest deckpress.lock up to the top of its git work tree.
#include <catch2/catch.hpp>

#include "cli/run.h"

namespace fs = std::filesystem;
using test::read_file, test::run_deckpress, test::write_file;

namespace {

std::string deck_with_logo(const std::string& name, const std::string& logo) {
  return "[deck]\nname = \"" + name + "\"\n\n[[note]]\nid = \"" + name + "\"\nfront = \"![logo](" + logo +
         ")\"\nback = \"A\"\n";
}

// repo/ (a git work tree) with decks/a.toml and decks/b.toml using repo/media/logo.png.
struct SharedMedia {
  test::TempDir dir{"shared-media"};
  SharedMedia() {
    fs::create_directories(dir.path() / ".git");
    fs::create_directories(dir.path() / "media");
    fs::copy_file(PROJECT_DIR "/decks/media/deckpress-logo.png", dir.path() / "media/logo.png");
    write_file(dir.path() / "decks/a.toml", deck_with_logo("a", "../media/logo.png"));
    write_file(dir.path() / "decks/b.toml", deck_with_logo("b", "../media/logo.png"));
  }
  test::Run build() const { return run_deckpress("build " + dir.str() + "/decks -o " + dir.str() + "/out"); }
};

}  // namespace

TEST_CASE("a deck built from inside its own folder finds its media") {
  test::TempDir dir("inside-decks");
  fs::copy(PROJECT_DIR "/decks", dir.path() / "decks", fs::copy_options::recursive);
  auto result = test::run("cd " + dir.str() + "/decks && " DECKPRESS_BINARY " build feature-tour.toml -o ../out");
  INFO(result.output);
  CHECK(result.exit_code == 0);
  CHECK(fs::exists(dir.path() / "out/feature-tour.apkg"));
  CHECK(test::run("cd " + dir.str() + "/decks && " DECKPRESS_BINARY " check feature-tour.toml").exit_code == 0);
}

TEST_CASE("a media folder beside decks/ serves every deck once the lock is at the repository's top") {
  SharedMedia repo;
  write_file(repo.dir.path() / "deckpress.lock", "");
  auto result = repo.build();
  INFO(result.output);
  CHECK(result.exit_code == 0);
  std::string lock = read_file(repo.dir.path() / "deckpress.lock");
  CHECK_THAT(lock, Catch::Contains(" decks/a ") && Catch::Contains(" decks/b "));
  CHECK_FALSE(fs::exists(repo.dir.path() / "decks/deckpress.lock"));
  CHECK(run_deckpress("build --locked " + repo.dir.str() + "/decks -o " + repo.dir.str() + "/out").exit_code == 0);
}

TEST_CASE("media outside the deck repository is refused, with how to share it") {
  SharedMedia repo;
  auto without_lock = repo.build();
  CHECK(without_lock.exit_code == 1);
  CHECK_THAT(without_lock.output, Catch::Contains(repo.dir.str() + "/decks/a.toml:6:18: error: media "
                                                  "'../media/logo.png' is outside the deck's folder (to share media "
                                                  "between folders of a git repository, keep deckpress.lock in a "
                                                  "folder above them)"));
  write_file(repo.dir.path() / "deckpress.lock", "");
  write_file(repo.dir.path() / "decks/a.toml", deck_with_logo("a", "../../outside.png"));
  auto outside = repo.build();
  CHECK(outside.exit_code == 1);
  CHECK_THAT(outside.output, Catch::Contains(repo.dir.str() + "/decks/a.toml:6:18: error: media '../../outside.png' "
                                             "is outside the deck repository (the folder of its deckpress.lock)"));
}

TEST_CASE("outside a git work tree, a lock in a folder above is not the deck's") {
  test::TempDir dir("no-git");
  write_file(dir.path() / "deckpress.lock", "");
  write_file(dir.path() / "decks/a.toml", "[deck]\nname = \"a\"\n[[note]]\nid = \"a\"\nfront = \"Q\"\nback = \"A\"\n");
  REQUIRE(run_deckpress("build " + dir.str() + "/decks -o " + dir.str() + "/out").exit_code == 0);
  CHECK(read_file(dir.path() / "deckpress.lock").empty());
  CHECK(fs::exists(dir.path() / "decks/deckpress.lock"));
}
