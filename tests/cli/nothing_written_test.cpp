// A deck with any error writes nothing: no package, no sheet, no change to
// the lock, and no lock where there was none. The terminal, the JSON report
// and the GitHub annotations say the same of every deck.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "cli/run.h"

namespace fs = std::filesystem;
using test::read_file;
using test::run_deckpress;
using test::write_file;

namespace {

const std::string kDeck = "[deck]\nname = \"Good\"\n\n[[note]]\nid = \"q1\"\nfront = \"Q1\"\nback = \"A1\"\n";
const std::string kNoCardFits = "\n[print]\ncard = \"300x300mm\"\n";  // line 10 of kDeck + this

// A folder d/ of decks, built into out/.
struct Decks {
  test::TempDir dir;
  explicit Decks(const std::string& name) : dir(name) {}
  void write(const std::string& deck, const std::string& text) const { write_file(dir.path() / "d" / deck, text); }
  test::Run build(const std::string& extra = "") const {
    return run_deckpress("build " + dir.str() + "/d -o " + dir.str() + "/out " + extra);
  }
  std::string path(const std::string& file) const { return (dir.path() / file).string(); }
  bool has(const std::string& file) const { return fs::exists(dir.path() / file); }
  std::string read(const std::string& file) const { return read_file(dir.path() / file); }
  nlohmann::json report() const { return nlohmann::json::parse(read("report.json")); }
  // No package, no sheet, no lock: what a failed first build of deck.toml leaves.
  bool wrote_nothing() const { return !has("out/deck.apkg") && !has("out/deck.pdf") && !has("d/deckpress.lock"); }
};

}  // namespace

TEST_CASE("a deck whose sheet cannot be laid out writes no package, no sheet and no lock") {
  Decks decks("sheet-error");
  decks.write("deck.toml", kDeck + kNoCardFits);
  auto result = decks.build();
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.output, Catch::Contains(decks.path("d/deck.toml") + ":10:8: error: print setting 'card'"));
  CHECK_THAT(result.output, Catch::Contains("failed " + decks.path("d/deck.toml") + ": nothing written"));
  CHECK(decks.wrote_nothing());
  CHECK_FALSE(decks.has("out"));
}

TEST_CASE("a print option that is wrong fails the build without making its output folder") {
  Decks decks("bad-option");
  decks.write("deck.toml", kDeck);
  auto result = decks.build("--paper zz");
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.output, Catch::Contains("command line: error: print setting 'paper' is \"zz\""));
  CHECK(decks.wrote_nothing());
  CHECK_FALSE(decks.has("out"));
  // A folder that was there stays, with what it held.
  write_file(decks.dir.path() / "out" / "notes.txt", "mine");
  CHECK(decks.build("--paper zz").exit_code == 1);
  CHECK(decks.read("out/notes.txt") == "mine");
  CHECK_FALSE(decks.has("out/.deckpress"));
}

TEST_CASE("a deck that fails leaves its previous outputs and the lock exactly as they were") {
  Decks decks("keeps-previous");
  decks.write("deck.toml", kDeck);
  REQUIRE(decks.build().exit_code == 0);
  const std::string apkg = decks.read("out/deck.apkg"), pdf = decks.read("out/deck.pdf"), lock = decks.read("d/deckpress.lock");
  // A new note would change the package and the lock; the sheet error stops both.
  decks.write("deck.toml", kDeck + "\n[[note]]\nid = \"q2\"\nfront = \"Q2\"\nback = \"A2\"\n" + kNoCardFits);
  CHECK(decks.build().exit_code == 1);
  CHECK(decks.read("out/deck.apkg") == apkg);
  CHECK(decks.read("out/deck.pdf") == pdf);
  CHECK(decks.read("d/deckpress.lock") == lock);
}

TEST_CASE("a build whose decks all fail creates no lock file and no output folder") {
  Decks decks("no-lock");
  decks.write("deck.toml", "[deck]\nname = \"Bad\"\n[[note]]\nfrnt = \"q\"\nback = \"a\"\n");
  CHECK(decks.build().exit_code == 1);
  CHECK_FALSE(decks.has("d/deckpress.lock"));
  CHECK_FALSE(decks.has("out"));
}

TEST_CASE("notes whose guids collide are an error at both in check and build, and the deck writes nothing") {
  Decks decks("guids");
  decks.write("deck.toml", "[deck]\nname = \"G\"\n\n[[note]]\nfront = \"Same\"\nback = \"a\"\n\n[[note]]\nfront = "
                           "\"Same\"\nback = \"b\"\n");
  const std::string file = decks.path("d/deck.toml");
  const std::string same = " have no id and the same note type and first field, so Anki would take them for one "
                           "note; give each an id";
  for (const std::string command : {"check", "build"}) {
    INFO(command);
    auto result = command == "check" ? run_deckpress("check " + decks.dir.str() + "/d") : decks.build("--report " + decks.path("report.json"));
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.output, Catch::Contains(file + ":4:1: error: this note and the note at " + file + ":8" + same));
    CHECK_THAT(result.output, Catch::Contains(file + ":8:1: error: this note and the note at " + file + ":4" + same));
  }
  CHECK(decks.report()["decks"][0]["status"] == "failed");
  CHECK(decks.wrote_nothing());
}

TEST_CASE("a note colliding with one of an unchanged deck is an error at both, from the stamp's record") {
  Decks decks("guids-unchanged");
  decks.write("a.toml", "[deck]\nname = \"A\"\n\n[[note]]\nfront = \"Same\"\nback = \"a\"\n");
  REQUIRE(decks.build().exit_code == 0);
  decks.write("b.toml", "[deck]\nname = \"B\"\n\n\n[[note]]\nfront = \"Same\"\nback = \"b\"\n");
  auto result = decks.build();
  CHECK(result.exit_code == 1);
  const std::string a = decks.path("d/a.toml"), b = decks.path("d/b.toml");
  CHECK_THAT(result.output, Catch::Contains(a + ":4:1: error: this note and the note at " + b + ":5 have no id"));
  CHECK_THAT(result.output, Catch::Contains(b + ":5:1: error: this note and the note at " + a + ":4 have no id"));
  CHECK_THAT(result.output, Catch::Contains("failed " + a + ": nothing written"));
  CHECK_FALSE(decks.has("out/b.apkg"));
}

TEST_CASE("the terminal, the report and the annotations agree on built, failed and unchanged decks") {
  Decks decks("agree");
  decks.write("good.toml", kDeck);
  decks.write("bad.toml", std::string("[deck]\nname = \"Bad\"\n\n[[note]]\nid = \"b1\"\nfront = \"Q\"\nback = \"A\"\n") + kNoCardFits);
  const std::string options = "--report " + decks.path("report.json") + " --diagnostics github";
  auto first = decks.build(options);
  CHECK(first.exit_code == 1);
  CHECK_THAT(first.output, Catch::Contains("built " + decks.path("d/good.toml") + " (1 notes, 1 cards)"));
  CHECK_THAT(first.output, Catch::Contains("failed " + decks.path("d/bad.toml") + ": nothing written"));
  CHECK_THAT(first.output, Catch::Contains("::error file=" + decks.path("d/bad.toml") + ",line=10,col=8::print setting 'card'"));
  auto report = decks.report();
  CHECK(report["decks"][0]["status"] == "failed");
  CHECK(report["decks"][0]["outputs"].empty());
  CHECK(report["decks"][1]["status"] == "built");

  auto again = decks.build(options);
  CHECK_THAT(again.output, Catch::Contains("unchanged " + decks.path("d/good.toml") + " (1 notes, 1 cards)"));
  CHECK_THAT(again.output, Catch::Contains("failed " + decks.path("d/bad.toml") + ": nothing written"));
  report = decks.report();
  CHECK(report["decks"][1]["status"] == "unchanged");
  CHECK(report["decks"][1]["name"] == "Good");
  CHECK(report["decks"][1]["outputs"] == nlohmann::json{decks.dir.str() + "/out/good.apkg", decks.dir.str() + "/out/good.pdf"});
}

TEST_CASE("build --locked names each note and deck whose lock entry would change, at its position") {
  Decks decks("locked");
  decks.write("deck.toml", kDeck + "\n[[note]]\nid = \"q2\"\nfront = \"Q2\"\nback = \"A2\"\n");
  REQUIRE(decks.build().exit_code == 0);
  const std::string lock = decks.read("d/deckpress.lock"), apkg = decks.read("out/deck.apkg");
  const std::string file = decks.path("d/deck.toml"), lock_path = decks.path("d/deckpress.lock");
  const std::string fix = ": run `deckpress build` and commit the lock file";

  // q1 changed, q2 deleted, q3 new.
  decks.write("deck.toml", "[deck]\nname = \"Good\"\n\n[[note]]\nid = \"q1\"\nfront = \"Q1\"\nback = \"Better\"\n"
                           "\n[[note]]\nid = \"q3\"\nfront = \"Q3\"\nback = \"A3\"\n");
  auto result = decks.build("--locked --diagnostics github");
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.output, Catch::Contains(file + ":4:1: error: this note changed since it was written to " + lock_path + fix));
  CHECK_THAT(result.output, Catch::Contains(file + ":9:1: error: this note is not in " + lock_path + fix));
  CHECK_THAT(result.output, Catch::Contains(file + ":1:1: error: " + lock_path + " has 1 note(s) of this deck that it no longer holds" + fix));
  CHECK_THAT(result.output, Catch::Contains("::error file=" + file + ",line=9,col=1::this note is not in "));
  CHECK(decks.read("d/deckpress.lock") == lock);
  CHECK(decks.read("out/deck.apkg") == apkg);

  fs::remove(decks.dir.path() / "d/deckpress.lock");
  auto missing = decks.build("--locked");
  CHECK(missing.exit_code == 1);
  CHECK_THAT(missing.output, Catch::Contains(file + ":1:1: error: " + lock_path + " is missing" + fix));
  CHECK_FALSE(decks.has("d/deckpress.lock"));
}
