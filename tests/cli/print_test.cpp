// `deckpress print PACKAGE`: any Anki package to a sheet, as a user runs it.
#include <catch2/catch.hpp>

#include <regex>

#include "cli/run.h"

namespace fs = std::filesystem;
using test::read_file;
using test::run;
using test::run_deckpress;
using test::write_file;

namespace {

const char* const kDeck = R"([deck]
name = "Printed"

[[note]]
id = "one"
tags = ["easy"]
front = "First question"
back = "First answer"

[[note]]
id = "two"
type = "basic-reversed"
front = "Second question"
back = "Second answer"

[[note]]
id = "three"
type = "cloze"
text = "Cards print with {{c1::blanks}} and {{c2::keys}}."

[[note]]
id = "four"
type = "scripted"
front = "Fourth question"
back = "Fourth answer"
)";

// A note type whose question runs a script, as some shared decks do.
void write_scripted_note_type(const fs::path& dir) {
  write_file(dir / "templates/scripted/notetype.toml", R"(name = "Scripted"
[[field]]
key = "front"
name = "Front"
[[field]]
key = "back"
name = "Back"
[[template]]
name = "Card 1"
front = "front.html"
back = "back.html"
)");
  write_file(dir / "templates/scripted/front.html", "<script>document.title = 'x';</script>{{Front}}");
  write_file(dir / "templates/scripted/back.html", "{{Back}}");
}

// The package of kDeck, built by deckpress in `dir`.
fs::path built_package(const test::TempDir& dir) {
  write_scripted_note_type(dir.path());
  write_file(dir.path() / "printed.toml", kDeck);
  auto built = run("cd '" + dir.str() + "' && " + DECKPRESS_BINARY + " build printed.toml -o out --only apkg");
  INFO(built.output);
  REQUIRE(built.exit_code == 0);
  return dir.path() / "out/printed.apkg";
}

std::string text_of(const fs::path& pdf) {
  auto extracted = run("pdftotext '" + pdf.string() + "' -");
  REQUIRE(extracted.exit_code == 0);
  return extracted.output;
}

// Cards on the sheet: the footers "Printed · N" on front pages and back pages.
size_t footers(const std::string& text) {
  std::regex footer("Printed · \\d+");
  return static_cast<size_t>(std::distance(std::sregex_iterator(text.begin(), text.end(), footer), {}));
}

}  // namespace

TEST_CASE("print turns a package into a sheet of every card, each by its own note type") {
  test::TempDir dir("print");
  fs::path apkg = built_package(dir);
  fs::path pdf = dir.path() / "sheet.pdf";
  auto printed = run_deckpress("print '" + apkg.string() + "' -o '" + pdf.string() + "'");
  INFO(printed.output);
  CHECK(printed.exit_code == 0);
  CHECK(printed.output.find("note type 'Scripted' runs JavaScript in its templates") != std::string::npos);
  std::string text = text_of(pdf);
  CHECK(footers(text) == 2 * 6);  // six cards, each on a front page and a back page
  for (const char* part : {"First question", "Second answer", "Fourth question", "[______]", "Printed: 6 cards"}) {
    CHECK(text.find(part) != std::string::npos);
  }
  CHECK(text.find("document.title") == std::string::npos);
}

TEST_CASE("print chooses cards and takes the print settings") {
  test::TempDir dir("print-select");
  fs::path apkg = built_package(dir);
  fs::path pdf = dir.path() / "easy.pdf";
  auto printed = run_deckpress("print '" + apkg.string() + "' -o '" + pdf.string() +
                               "' --tags easy --sides fronts-only --card poker");
  INFO(printed.output);
  CHECK(printed.exit_code == 0);
  std::string text = text_of(pdf);
  CHECK(footers(text) == 1);
  CHECK(text.find("Printed: 1 of 6 cards (tags \"easy\")") != std::string::npos);
  auto cloze_notes = run_deckpress("print '" + apkg.string() + "' -o '" + pdf.string() + "' --cloze note");
  CHECK(cloze_notes.exit_code == 0);
  CHECK(footers(text_of(pdf)) == 2 * 5);
}

TEST_CASE("print reports what is not a package and writes nothing") {
  test::TempDir dir("print-bad");
  write_file(dir.path() / "notes.apkg", "not a zip");
  fs::path pdf = dir.path() / "bad.pdf";
  auto printed = run_deckpress("print '" + (dir.path() / "notes.apkg").string() + "' -o '" + pdf.string() + "'");
  CHECK(printed.exit_code == 3);
  CHECK(printed.output.starts_with("deckpress: " + (dir.path() / "notes.apkg").string() + ": "));
  CHECK_FALSE(fs::exists(pdf));
  fs::path apkg = built_package(dir);
  auto bad_option = run_deckpress("print '" + apkg.string() + "' -o '" + pdf.string() + "' --card huge --tags 'a and'");
  CHECK(bad_option.exit_code == 1);
  CHECK(bad_option.output.find("command line: error: --tags \"a and\": expected a tag after 'and'") !=
        std::string::npos);
  CHECK(bad_option.output.find("command line: error: print setting 'card' is \"huge\"") != std::string::npos);
  CHECK_FALSE(fs::exists(pdf));
}
