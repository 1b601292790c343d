#include <catch2/catch.hpp>

#include <fmt/format.h>

#include "deck/loader.h"
#include "deck/pieces.h"
#include "support/temp_dir.h"

using namespace deckpress;

namespace {

// Everything a load yields that a user could notice: each note's position,
// id, tags and fields with their positions, and each problem.
std::vector<std::string> load_summary(std::string_view text, size_t piece_bytes, size_t max_notes = 100) {
  NoteTypes note_types{{}};
  Diagnostics diagnostics;
  Limits limits;
  limits.piece_bytes = piece_bytes;
  limits.notes = max_notes;
  auto deck = load_deck_text(text, "deck.toml", note_types, diagnostics, limits);
  std::vector<std::string> summary;
  for (const auto& d : diagnostics.all())
    summary.push_back(fmt::format("{}:{}: {}", d.pos.line, d.pos.column, d.message));
  if (!deck) return summary;
  summary.push_back(fmt::format("deck '{}' print keys {}", deck->name, deck->print.size()));
  for (const auto& note : deck->notes) {
    summary.push_back(fmt::format("note {}:{} '{}' tags {}", note.pos.line, note.pos.column, note.id,
                                  fmt::join(note.tags, ",")));
    for (const auto& field : note.fields)
      summary.push_back(fmt::format("  {}:{} {}", field.pos.line, field.pos.column, field.text));
  }
  return summary;
}

constexpr size_t whole = size_t{1} << 30;

}  // namespace

TEST_CASE("a deck file is cut only before [[note]] lines, once a piece is large enough") {
  std::string text = "[deck]\nname = \"D\"\n[[note]]\nfront = \"a\"\n[[note]]\r\nfront = \"b\"\n"
                     "  [[note]]\nfront = \"c\"\n[[note]]\nfront = \"d\"\n";
  auto pieces = split_at_notes(text, 20);
  REQUIRE(pieces.size() == 3);
  CHECK(pieces[0].text == "[deck]\nname = \"D\"\n[[note]]\nfront = \"a\"\n");
  CHECK(pieces[1].first_line == 5);
  CHECK(pieces[1].text.starts_with("[[note]]\r\n"));
  CHECK(pieces[2].first_line == 9);  // the indented header is not a cut
  CHECK(pieces[2].text == "[[note]]\nfront = \"d\"\n");
  // Each piece counts its exact header lines, so the reader can make room for the notes at once.
  CHECK(pieces[0].note_headers == 1);
  CHECK(pieces[1].note_headers == 1);  // the indented header is not counted
  CHECK(pieces[2].note_headers == 1);
  CHECK(split_at_notes(text, whole).size() == 1);
  CHECK(split_at_notes(text, whole)[0].note_headers == 3);
}

TEST_CASE("a deck read in pieces gives what the whole file gives") {
  std::string text = GENERATE(as<std::string>{},
      // problems in several notes, each at its line; an unknown default type reported once
      "[deck]\nname = \"D\"\nnote_type = \"nope\"\n[[note]]\nfront = \"a\"\n[[note]]\nfront = \"b\"\n",
      "[deck]\nnme = \"D\"\ntags = [\"t\"]\n[[note]]\nfrnt = \"Q\"\nback = \"A\"\n[[note]]\nid = \"x\"\n"
      "type = \"clozz\"\ntext = \"x\"\n[[note]]\nfront = \"\"\"\nline one\nline two\"\"\"\nback = 3\n"
      "tags = [\"u\"]\n[[note]]\nid = \"bad id\"\nfront = \"q\"\n",
      // a [[note]] line inside a string is not a cut
      "[deck]\nname = \"D\"\n[[note]]\nfront = \"\"\"\nabove\n[[note]]\nbelow\"\"\"\n[[note]]\nfront = \"z\"\n",
      // tables after the notes
      "[deck]\nname = \"D\"\n[[note]]\nfront = \"a\"\n[[note]]\nfront = \"b\"\n[print]\ncard = \"a7\"\n",
      // an inline note array cannot be extended by [[note]]
      "[deck]\nname = \"D\"\nnote = [{front = \"a\"}]\n[[note]]\nfront = \"b\"\n",
      // a syntax error in a later note
      "[deck]\nname = \"D\"\n[[note]]\nfront = \"a\"\n[[note]]\nfront = \"b\n");
  INFO(text);
  auto expected = load_summary(text, whole);
  CHECK(load_summary(text, 1) == expected);
  CHECK(load_summary(text, 30) == expected);
}

TEST_CASE("notes beyond the limit are reported as in the whole file when read in pieces") {
  std::string text = "[deck]\nname = \"D\"\n";
  for (int i = 0; i < 5; ++i) text += fmt::format("[[note]]\nfront = \"q{}\"\n", i);
  auto expected = load_summary(text, whole, 3);
  REQUIRE(expected.front() == "9:1: the deck has 5 notes, more than the limit of 3");
  CHECK(load_summary(text, 1, 3) == expected);
}

TEST_CASE("a broken note type is reported when a large deck is read again whole") {
  test::TempDir dir("pieces-note-type");
  dir.write("templates/mine/notetype.toml",
            "name = \"Mine (pieces)\"\n[[field]]\nkey = \"front\"\nname = \"Front\"\n"
            "[[template]]\nname = \"Card 1\"\nfront = \"front.html\"\nback = \"missing.html\"\n");
  dir.write("templates/mine/front.html", "{{Front}}");
  // Tables after the notes: the pieces are dropped and the whole file is read.
  std::string text = "[deck]\nname = \"D\"\nnote_type = \"mine\"\n";
  for (int i = 0; i < 3; ++i) text += fmt::format("[[note]]\nfront = \"q{}\"\n", i);
  text += "[print]\ncard = \"a7\"\n";
  NoteTypes note_types{{dir.path() / "templates"}};
  Diagnostics diagnostics;
  Limits limits;
  limits.piece_bytes = 1;
  load_deck_text(text, "deck.toml", note_types, diagnostics, limits);
  REQUIRE(diagnostics.all().size() == 2);
  CHECK(diagnostics.all()[0].pos.path == (dir.path() / "templates/mine/notetype.toml").generic_string());
  CHECK_THAT(diagnostics.all()[0].message, Catch::Contains("missing.html"));
  CHECK(diagnostics.all()[1].pos.line == 3);
  CHECK(diagnostics.all()[1].message == "note type 'mine' cannot be used: its files have problems");
}
