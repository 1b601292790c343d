#include <catch2/catch.hpp>

#include <regex>

#include <SQLiteCpp/SQLiteCpp.h>

#include "cli/run.h"
#include "deck/loader.h"
#include "text/html.h"
#include "text/markdown.h"

namespace fs = std::filesystem;
using test::run_deckpress;
using test::read_file;
using test::run;
using test::write_file;

namespace {

const char* const basic_deck = R"([deck]
name = "Small"

[[note]]
id = "one"
front = "First question"
back = "First answer"

[[note]]
id = "two"
front = "Second question"
back = "Second answer"
)";

// The collection of a package, extracted next to it.
fs::path extract_collection(const fs::path& apkg) {
  fs::path db = fs::path(apkg).concat(".anki2");
  REQUIRE(run("unzip -p '" + apkg.string() + "' collection.anki2 > '" + db.string() + "'").exit_code == 0);
  return db;
}

std::string collapse_spaces(const std::string& text) {
  return std::regex_replace(text, std::regex(R"(\s+)"), " ");
}

}  // namespace

TEST_CASE("build turns the repository's decks into packages and sheets") {
  test::TempDir dir("repo-decks");
  fs::copy(PROJECT_DIR "/decks", dir.path() / "decks", fs::copy_options::recursive);
  auto result = run_deckpress("build " + dir.str() + "/decks -o " + dir.str() + "/out");
  INFO(result.output);
  REQUIRE(result.exit_code == 0);
  for (const char* name : {"python-interview", "feature-tour", "feature-tour-scripts", "feature-tour-formatting"}) {
    CHECK(fs::file_size(dir.path() / "out" / (std::string(name) + ".apkg")) > 0);
    CHECK(fs::file_size(dir.path() / "out" / (std::string(name) + ".pdf")) > 0);
  }

  SQLite::Database db(extract_collection(dir.path() / "out/python-interview.apkg"));
  CHECK(db.execAndGet("select count(*) from notes").getInt() == 10);
  CHECK(db.execAndGet("select count(*) from cards").getInt() == 10);
  CHECK(db.execAndGet("select ver from col").getInt() == 11);
  CHECK(db.execAndGet("select decks from col").getString().find("\"Python Interview\"") != std::string::npos);
  std::string ternary = db.execAndGet("select flds from notes where sfld like '%ternary%' or sfld like '%conditional%'").getString();
  CHECK(ternary.find("<pre><code class=\"language-python\">") != std::string::npos);

  REQUIRE(run("pdftotext -raw " + dir.str() + "/out/python-interview.pdf " + dir.str() + "/q.txt").exit_code == 0);
  std::string text = collapse_spaces(read_file(dir.path() / "q.txt"));
  deckpress::NoteTypes note_types{{}};
  deckpress::Diagnostics diagnostics;
  auto deck = deckpress::load_deck_file(PROJECT_DIR "/decks/python-interview.toml", note_types, diagnostics);
  REQUIRE(deck);
  for (const auto& note : deck->notes) {
    std::string front = deckpress::text::markdown_to_html(note.fields[0].text, {}).html;
    CHECK_THAT(text, Catch::Contains(collapse_spaces(deckpress::text::strip_html(front))));
  }
}

TEST_CASE("two builds of the same decks and lock give identical bytes") {
  test::TempDir dir("reproducible");
  fs::copy(PROJECT_DIR "/decks", dir.path() / "decks", fs::copy_options::recursive);
  REQUIRE(run_deckpress("build " + dir.str() + "/decks -o " + dir.str() + "/a").exit_code == 0);
  REQUIRE(run_deckpress("build " + dir.str() + "/decks -o " + dir.str() + "/b").exit_code == 0);
  for (const auto& entry : fs::directory_iterator(dir.path() / "a")) {
    INFO(entry.path());
    CHECK(read_file(entry.path()) == read_file(dir.path() / "b" / entry.path().filename()));
  }
}

TEST_CASE("a deck with errors reports them all and keeps the previous outputs") {
  test::TempDir dir("errors");
  write_file(dir.path() / "decks/small.toml", basic_deck);
  REQUIRE(run_deckpress("build " + dir.str() + "/decks -o " + dir.str() + "/out").exit_code == 0);
  std::string good = read_file(dir.path() / "out/small.apkg");

  write_file(dir.path() / "decks/small.toml",
             "[deck]\nname = \"Small\"\n\n[[note]]\nfrnt = \"q\"\nback = \"a\"\n\n[[note]]\ntype = \"cloze\"\ntext = \"no deletion\"\n");
  auto result = run_deckpress("build " + dir.str() + "/decks -o " + dir.str() + "/out");
  CHECK(result.exit_code == 1);
  std::string path = (dir.path() / "decks/small.toml").string();
  CHECK_THAT(result.output, Catch::Contains(path + ":5:1: error: unknown key 'frnt' in a 'basic' note; did you mean 'front'?"));
  CHECK_THAT(result.output, Catch::Contains(path + ":10:9: error: a cloze note needs a deletion such as {{c1::answer}}"));
  CHECK(read_file(dir.path() / "out/small.apkg") == good);
  CHECK(run_deckpress("check " + dir.str() + "/decks").exit_code == 1);
}

TEST_CASE("check writes nothing and usage errors exit with 2") {
  test::TempDir dir("check");
  write_file(dir.path() / "decks/small.toml", basic_deck);
  CHECK(run_deckpress("check " + dir.str() + "/decks").exit_code == 0);
  CHECK_FALSE(fs::exists(dir.path() / "decks/deckpress.lock"));
  CHECK(run_deckpress("build --no-such-option").exit_code == 2);
  CHECK(run_deckpress("build " + dir.str() + "/missing").exit_code == 2);
  CHECK(run_deckpress("--version").output == "deckpress " DECKPRESS_VERSION "\n");
}

TEST_CASE("editing one note moves only that note's mod and --locked catches a stale lock") {
  test::TempDir dir("update");
  write_file(dir.path() / "decks/small.toml", basic_deck);
  std::string build = "build " + dir.str() + "/decks -o " + dir.str() + "/out";
  REQUIRE(run("SOURCE_DATE_EPOCH=1700000000 " DECKPRESS_BINARY " " + build).exit_code == 0);
  std::string lock_before = read_file(dir.path() / "decks/deckpress.lock");
  CHECK(run_deckpress(build + " --locked").exit_code == 0);

  std::string edited = std::regex_replace(std::string(basic_deck), std::regex("Second answer"), "Better answer");
  write_file(dir.path() / "decks/small.toml", edited);
  auto locked = run_deckpress(build + " --locked");
  CHECK(locked.exit_code == 1);
  CHECK_THAT(locked.output, Catch::Contains((dir.path() / "decks/small.toml").string() +
                                            ":9:1: error: this note changed since it was written to " +
                                            (dir.path() / "decks/deckpress.lock").string() +
                                            ": run `deckpress build` and commit the lock file"));
  CHECK(read_file(dir.path() / "decks/deckpress.lock") == lock_before);

  REQUIRE(run("SOURCE_DATE_EPOCH=1800000000 " DECKPRESS_BINARY " " + build).exit_code == 0);
  SQLite::Database db(extract_collection(dir.path() / "out/small.apkg"));
  SQLite::Statement mods(db, "select sfld, mod from notes order by sfld");
  REQUIRE(mods.executeStep());
  CHECK(mods.getColumn(0).getString() == "First question");
  CHECK(mods.getColumn(1).getInt64() == 1700000000);
  REQUIRE(mods.executeStep());
  CHECK(mods.getColumn(1).getInt64() == 1800000000);
  CHECK(read_file(dir.path() / "decks/deckpress.lock") != lock_before);
}

TEST_CASE("two notes with the same id in one build are an error at the second") {
  test::TempDir dir("duplicate-ids");
  write_file(dir.path() / "decks/a.toml", basic_deck);
  write_file(dir.path() / "decks/b.toml", std::regex_replace(std::string(basic_deck), std::regex("Small"), "Other"));
  auto result = run_deckpress("check " + dir.str() + "/decks");
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.output, Catch::Contains((dir.path() / "decks/b.toml").string() +
                                            ":4:1: error: note id 'one' is already used at " +
                                            (dir.path() / "decks/a.toml").string() + ":4"));
}

TEST_CASE("editing a template moves only the note type's mod, not the notes'") {
  test::TempDir dir("template-edit");
  write_file(dir.path() / "decks/small.toml", std::regex_replace(std::string(basic_deck),
                                                                 std::regex("name = \"Small\""),
                                                                 "name = \"Small\"\nnote_type = \"plain\""));
  write_file(dir.path() / "decks/templates/plain/notetype.toml",
             "name = \"Plain (test)\"\n[[field]]\nkey = \"front\"\nname = \"Front\"\n[[field]]\nkey = "
             "\"back\"\nname = \"Back\"\n[[template]]\nname = \"Card 1\"\nfront = \"q.html\"\nback = \"a.html\"\n");
  write_file(dir.path() / "decks/templates/plain/q.html", "{{Front}}");
  write_file(dir.path() / "decks/templates/plain/a.html", "{{Back}}");
  std::string build = " " DECKPRESS_BINARY " build " + dir.str() + "/decks -o " + dir.str() + "/out";
  REQUIRE(run("SOURCE_DATE_EPOCH=1700000000" + build).exit_code == 0);
  std::string lock_before = read_file(dir.path() / "decks/deckpress.lock");

  write_file(dir.path() / "decks/templates/plain/a.html", "<b>{{Back}}</b>");
  auto locked = run(build + " --locked");
  CHECK(locked.exit_code == 1);
  CHECK_THAT(locked.output, Catch::Contains((dir.path() / "decks/small.toml").string() +
                                            ":5:1: error: note type 'plain' changed since it was written to " +
                                            (dir.path() / "decks/deckpress.lock").string()));
  REQUIRE(run("SOURCE_DATE_EPOCH=1800000000" + build).exit_code == 0);
  SQLite::Database db(extract_collection(dir.path() / "out/small.apkg"));
  CHECK(db.execAndGet("select min(mod) from notes").getInt64() == 1700000000);
  CHECK(db.execAndGet("select max(mod) from notes").getInt64() == 1700000000);
  std::string models = db.execAndGet("select models from col").getString();
  CHECK_THAT(models, Catch::Contains("\"mod\":1800000000"));
  CHECK_THAT(models, Catch::Contains("<b>{{Back}}</b>"));

  std::string lock_after = read_file(dir.path() / "decks/deckpress.lock");
  auto lines = [](const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
  };
  auto before = lines(lock_before), after = lines(lock_after);
  REQUIRE(before.size() == after.size());
  for (size_t i = 0; i < before.size(); ++i) {
    INFO(after[i]);
    CHECK((before[i] == after[i]) == !after[i].starts_with("notetype"));
  }
}

TEST_CASE("note types [deck]'s note_types names are packaged and locked even when no note uses them") {
  test::TempDir dir("carried");
  const auto deck_with = [](const std::string& list) {
    return std::regex_replace(std::string(basic_deck), std::regex("name = \"Small\""),
                              "name = \"Small\"\nnote_types = " + list);
  };
  write_file(dir.path() / "decks/small.toml", deck_with("[\"cloze\", \"basic\"]"));
  std::string build = " " DECKPRESS_BINARY " build " + dir.str() + "/decks -o " + dir.str() + "/out";
  REQUIRE(run("SOURCE_DATE_EPOCH=1700000000" + build).exit_code == 0);
  SQLite::Database db(extract_collection(dir.path() / "out/small.apkg"));
  const std::string models = db.execAndGet("select models from col").getString();
  CHECK_THAT(models, Catch::Contains("\"name\":\"Cloze (deckpress)\""));
  CHECK_THAT(models, Catch::Contains("{{cloze:Text}}"));
  CHECK(db.execAndGet("select count(distinct mid) from notes").getInt() == 1);
  const std::string lock = read_file(dir.path() / "decks/deckpress.lock");
  size_t note_types = 0;
  for (size_t at = lock.find("\nnotetype "); at != std::string::npos; at = lock.find("\nnotetype ", at + 1)) ++note_types;
  CHECK(note_types == 2);  // basic, listed and used, once
  CHECK(run(build + " --locked").exit_code == 0);

  write_file(dir.path() / "decks/small.toml", deck_with("[\"cloze\", \"type-answer\"]"));
  auto locked = run(build + " --locked");
  CHECK(locked.exit_code == 1);
  CHECK_THAT(locked.output, Catch::Contains((dir.path() / "decks/small.toml").string() +
                                            ":3:24: error: note type 'type-answer' is not in " +
                                            (dir.path() / "decks/deckpress.lock").string()));
}

TEST_CASE("a bundle holds every deck of the build into one package") {
  test::TempDir dir("bundle");
  fs::copy(PROJECT_DIR "/decks", dir.path() / "decks", fs::copy_options::recursive);
  REQUIRE(run_deckpress("build " + dir.str() + "/decks -o " + dir.str() + "/out --bundle all.apkg").exit_code == 0);
  SQLite::Database db(extract_collection(dir.path() / "out/all.apkg"));
  CHECK(db.execAndGet("select count(*) from notes").getInt() == 48);
  std::string decks = db.execAndGet("select decks from col").getString();
  for (const char* name : {"\"Python Interview\"", "\"deckpress Feature Tour\"", "\"deckpress Feature Tour::Scripts\"",
                           "\"deckpress Feature Tour::Formatting\""})
    CHECK_THAT(decks, Catch::Contains(name));
  CHECK_THAT(decks, Catch::Contains("<strong>"));
}

TEST_CASE("the repository's decks print in every side mode and card stock") {
  test::TempDir dir("print-modes");
  fs::copy(PROJECT_DIR "/decks", dir.path() / "decks", fs::copy_options::recursive);
  for (const char* options : {"--sides duplex-long", "--sides duplex-short", "--sides fronts-then-backs",
                              "--sides fold", "--paper letter --card business", "--card index-3x5 --frames true",
                              "--card a6 --back-offset 1,-0.5"}) {
    INFO(options);
    auto result = run_deckpress("build " + dir.str() + "/decks/python-interview.toml --only pdf -o " +
                                dir.str() + "/out " + options);
    REQUIRE(result.exit_code == 0);
    REQUIRE(run("pdftotext -raw " + dir.str() + "/out/python-interview.pdf " + dir.str() + "/p.txt").exit_code == 0);
    std::string text = collapse_spaces(read_file(dir.path() / "p.txt"));
    CHECK_THAT(text, Catch::Contains("What are negative indexes and why are they used?"));
    CHECK_THAT(text, Catch::Contains("Python Interview · 10"));
  }
}

TEST_CASE("diff of a deck against its last output names the changed note and leaves the lock") {
  test::TempDir dir("diff-deck");
  write_file(dir.path() / "decks/small.toml", basic_deck);
  REQUIRE(run_deckpress("build " + dir.str() + "/decks -o " + dir.str() + "/out").exit_code == 0);
  std::string lock = read_file(dir.path() / "decks/deckpress.lock");
  write_file(dir.path() / "decks/small.toml",
             std::regex_replace(std::string(basic_deck), std::regex("Second answer"), "Better answer"));
  auto result = run_deckpress("diff " + dir.str() + "/decks/small.toml -o " + dir.str() + "/out");
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.output, Catch::StartsWith("0 notes added, 1 changed, 0 removed"));
  CHECK_THAT(result.output, Catch::Contains("Back: \"Second answer\" -> \"Better answer\""));
  CHECK(read_file(dir.path() / "decks/deckpress.lock") == lock);
}

TEST_CASE("the committed lock matches the repository's decks (build --locked passes)") {
  test::TempDir dir("committed-lock");
  fs::copy(PROJECT_DIR "/decks", dir.path() / "decks", fs::copy_options::recursive);
  auto result = run_deckpress("build " + dir.str() + "/decks -o " + dir.str() + "/out --locked");
  INFO(result.output);
  CHECK(result.exit_code == 0);
}
