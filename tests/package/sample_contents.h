#pragma once
// What the package tests put in the packages they write: two note types (one
// a cloze), a deck with a subdeck, a card borrowed by a filtered deck, tags
// split by both kinds of space, and two media files.
#include "support/anki_fixture.h"

namespace test {

inline constexpr int64_t basic_id = 1342697561419;
inline constexpr int64_t cloze_id = 1650000000000;
inline constexpr int64_t parent_deck = 1700000000001;
inline constexpr int64_t child_deck = 1700000000002;
inline constexpr int64_t filtered_deck = 1700000000003;

inline fixture::Contents sample_contents() {
  using namespace deckpress::package;
  fixture::Contents contents;
  contents.decks = {{.id = parent_deck, .name = "Spanish", .description = "<b>Words</b>"},
                    {.id = child_deck, .name = "Spanish::Verbs"},
                    {.id = filtered_deck, .name = "Cram", .filtered = true}};
  NoteType basic{.id = basic_id,
                 .name = "Basic",
                 .fields = {{.name = "Front", .id = 1001}, {.name = "Back", .id = 1002, .settings = {.rtl = true}}},
                 .templates = {{.name = "Card 1",
                                .front = "{{Front}}",
                                .back = "{{FrontSide}}<hr id=answer>{{Back}}",
                                .id = 2001}},
                 .css = ".card { color: black; }",
                 .sort_field = 1,
                 .mod = 1700000100,
                 .latex_pre = "\\begin{document}",
                 .latex_post = "\\end{document}"};
  NoteType cloze{.id = cloze_id,
                 .name = "Cloze",
                 .is_cloze = true,
                 .fields = {{.name = "Text"}, {.name = "Back Extra"}},
                 .templates = {{.name = "Cloze", .front = "{{cloze:Text}}", .back = "{{cloze:Text}}<br>\n{{Back Extra}}"}},
                 .css = ".cloze { font-weight: bold; }",
                 .mod = 1700000200,
                 .original_stock_kind = StockKind::cloze};
  contents.note_types = {basic, cloze};
  contents.notes = {
      {.id = 1700000000100, .guid = "b]x%1", .note_type_id = basic_id, .mod = 1700000300,
       .fields = {"hablar <img src=\"talk.png\">", "to speak"}, .tags = {"verbs\u3000ar::regular"}},
      {.id = 1700000000200, .guid = "c(y&2", .note_type_id = cloze_id, .mod = 1700000400,
       .fields = {"{{c1::Hola}}, {{c2::mundo}}", "[sound:hola.mp3]"}, .tags = {"greetings"}},
  };
  contents.cards = {{.id = 1700000000101, .note_id = 1700000000100, .ord = 0, .deck_id = child_deck},
                    {.id = 1700000000201, .note_id = 1700000000200, .ord = 0, .deck_id = parent_deck},
                    {.id = 1700000000202, .note_id = 1700000000200, .ord = 1, .deck_id = parent_deck}};
  contents.borrowed = {{1700000000202, filtered_deck}};
  contents.media = {{"talk.png", "\x89PNG fake"}, {"hola.mp3", std::string("ID3\0\x01", 5)}};
  return contents;
}

}  // namespace test
