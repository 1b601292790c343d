// Choosing what to print: each selection option's cards, their numbers and
// order, and cloze cards on paper.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>

#include "anki/lock.h"
#include "deck/loader.h"
#include "pipeline/cloze_cards.h"
#include "pipeline/identity.h"
#include "pipeline/sheet_input.h"
#include "pipeline/tag_expression.h"
#include "support/temp_dir.h"

using namespace deckpress;
using namespace deckpress::pipeline;
namespace fs = std::filesystem;

namespace {

const std::string kDeck = R"([deck]
name = "Sel"
tags = ["base"]

[[note]]
id = "a"
tags = ["python", "easy"]
front = "A question"
back = "A answer"

[[note]]
id = "b"
tags = ["python"]
front = "B question"
back = "B answer"

[[note]]
id = "c"
tags = ["lang::french"]
front = "C question"
back = "C answer"

[[note]]
id = "d"
type = "cloze"
text = "The {{c1::GIL}} is a {{c2::lock::kind of thing}}."

[[note]]
id = "e"
type = "basic-reversed"
tags = ["SQL"]
front = "E front"
back = "E back"
)";

struct Compiled {
  NoteTypes note_types{{}};
  CompiledDeck deck;
  explicit Compiled(const std::string& text, const std::string& path = "deck.toml") {
    Diagnostics diagnostics;
    auto loaded = load_deck_text(text, path, note_types, diagnostics);
    REQUIRE(loaded);
    deck = compile_deck(std::move(*loaded), diagnostics);
    REQUIRE_FALSE(diagnostics.has_errors());
  }
};

SheetSource source_of(const CompiledDeck& deck, bool hashes = false) {
  SheetSource source;
  source.title = deck.deck.name;
  for (const CompiledNote& note : deck.notes) {
    std::string hash = hashes ? note_content_hash(note) : "";
    source.notes.push_back(SheetNote{{note.note->id, note.guid, &note.note->tags, hash},
                                     note.note->type, &note.fields_html, deck.deck.name, note.card_ords,
                                     note.note->pos});
  }
  return source;
}

// Each printed card by the start of its question's text and its number.
std::vector<std::string> cards_of(const print::SheetInput& input) {
  std::vector<std::string> cards;
  for (const print::PrintedCard& card : input.cards) {
    std::string text = card.front_html.substr(card.front_html.find('>') + 1);
    text = text.substr(0, std::min({text.find('<'), text.find('\n'), size_t{10}}));
    cards.push_back(std::to_string(card.number) + " " + text);
  }
  return cards;
}

print::SheetInput chosen(const Selection& selection, Diagnostics& diagnostics,
                         const print::SheetOptions& options = {}) {
  Compiled compiled(kDeck);
  return sheet_input(source_of(compiled.deck), selection, nullptr, options, diagnostics);
}

}  // namespace

TEST_CASE("every card is printed, numbered in deck order, and the sheet says so") {
  Diagnostics diagnostics;
  print::SheetInput input = chosen({}, diagnostics);
  CHECK(input.cards.size() == 7);
  CHECK(input.cards[6].number == 7);
  CHECK(input.holdings == "Sel: 7 cards");
  CHECK(diagnostics.all().empty());
}

TEST_CASE("the cards of a large deck, rendered on every core, keep deck order and numbers") {
  std::string text = "[deck]\nname = \"Big\"\n";
  for (int i = 0; i < 600; ++i) {
    text += "\n[[note]]\nid = \"n" + std::to_string(i) + "\"\n" + (i % 3 == 0 ? "type = \"basic-reversed\"\n" : "") +
            "front = \"Q" + std::to_string(i) + "\"\nback = \"A" + std::to_string(i) + "\"\n";
  }
  Compiled compiled(text);
  Diagnostics diagnostics;
  print::SheetInput input = sheet_input(source_of(compiled.deck), {}, nullptr, {}, diagnostics);
  std::vector<std::string> expected;
  for (int i = 0, number = 1; i < 600; ++i) {
    expected.push_back(std::to_string(number++) + " Q" + std::to_string(i));
    if (i % 3 == 0) expected.push_back(std::to_string(number++) + " A" + std::to_string(i));
  }
  CHECK(cards_of(input) == expected);
}

TEST_CASE("a tag expression chooses notes by their tags with subtags and wildcards") {
  struct Case {
    const char* expression;
    size_t cards;
  };
  for (Case c : {Case{"python and not easy", 1}, Case{"python -easy", 1}, Case{"lang", 1}, Case{"lang::fr*", 1},
                 Case{"python, sql", 4}, Case{"python or SQL", 4}, Case{"not python", 5}, Case{"base", 7},
                 Case{"(python or lang) and not easy", 2}, Case{"french", 0}}) {
    INFO(c.expression);
    Diagnostics diagnostics;
    print::SheetInput input = chosen(Selection{c.expression}, diagnostics);
    CHECK(input.cards.size() == c.cards);
  }
  Diagnostics diagnostics;
  print::SheetInput input = chosen(Selection{"python and not easy"}, diagnostics);
  CHECK(cards_of(input) == std::vector<std::string>{"2 B question"});
  CHECK(input.holdings == "Sel: 1 of 7 cards (tags \"python and not easy\")");
}

TEST_CASE("a malformed tag expression is an error on the command line") {
  struct Case {
    const char* expression;
    const char* message;
  };
  for (Case c : {Case{"python and", "--tags \"python and\": expected a tag after 'and'"},
                 Case{"(python", "--tags \"(python\": a '(' is never closed"},
                 Case{"or sql", "--tags \"or sql\": expected a tag before 'or'"},
                 Case{"python )", "--tags \"python )\": unexpected ')'"},
                 Case{"not", "--tags \"not\": expected a tag after 'not'"}}) {
    Diagnostics diagnostics;
    CHECK(chosen(Selection{c.expression}, diagnostics).cards.empty());
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(diagnostics.all()[0].severity == Severity::error);
    CHECK(diagnostics.all()[0].pos.path == "command line");
    CHECK(diagnostics.all()[0].message == c.message);
  }
}

TEST_CASE("note ids or guids choose notes and ids no note has are a warning") {
  Compiled compiled(kDeck);
  Diagnostics diagnostics;
  Selection selection;
  selection.notes = {"e", compiled.deck.notes[0].guid, "zz"};
  print::SheetInput input = sheet_input(source_of(compiled.deck), selection, nullptr, {}, diagnostics);
  CHECK(cards_of(input) == std::vector<std::string>{"1 A question", "6 E front", "7 E back"});
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].severity == Severity::warning);
  CHECK(diagnostics.all()[0].message == "--notes: no note of this deck has the id zz");
}

TEST_CASE("a shuffle prints every card in an order its seed fixes") {
  Diagnostics diagnostics;
  Selection seven;
  seven.shuffle = 7;
  auto first = cards_of(chosen(seven, diagnostics));
  auto again = cards_of(chosen(seven, diagnostics));
  Selection eight;
  eight.shuffle = 8;
  auto other = cards_of(chosen(eight, diagnostics));
  auto plain = cards_of(chosen({}, diagnostics));
  CHECK(first == again);
  CHECK(first != plain);
  CHECK(first != other);
  std::sort(first.begin(), first.end());
  std::sort(plain.begin(), plain.end());
  CHECK(first == plain);
  // Fixed by the standard's mt19937_64, the same on every machine.
  CHECK(print_order(5, 7) == std::vector<size_t>{print_order(5, 7)});
  CHECK(print_order(4, std::nullopt) == std::vector<size_t>{0, 1, 2, 3});
}

TEST_CASE("changed since a lock file prints the notes changed or added since") {
  test::TempDir dir("changed-since");
  Compiled before(kDeck);
  anki::Lock lock;
  lock.apply(package_input({{&before.deck, before.deck.deck.stem, &lock}}, 1000).stamps);
  fs::path lock_file = dir.write("old.lock", lock.serialize());
  std::string edited = kDeck;
  edited.replace(edited.find("B answer"), 8, "B changed");
  edited += "\n[[note]]\nid = \"f\"\nfront = \"F new\"\nback = \"f\"\n";
  Compiled after(edited);
  anki::Lock earlier = lock_at(lock_file.string(), dir.path());
  Selection selection;
  selection.changed_since = lock_file.string();
  Diagnostics diagnostics;
  print::SheetInput input = sheet_input(source_of(after.deck, true), selection, &earlier, {}, diagnostics);
  CHECK(cards_of(input) == std::vector<std::string>{"2 B question", "8 F new"});
}

TEST_CASE("changed since a git revision reads the folder's lock at that revision") {
  test::TempDir dir("changed-since-git");
  auto git = [&](const std::string& args) {
    return std::system(("git -C '" + dir.str() + "' " + args + " >/dev/null 2>&1").c_str());
  };
  REQUIRE(git("init -q") == 0);
  Compiled before(kDeck, (dir.path() / "sel.toml").string());
  anki::Lock lock;
  lock.apply(package_input({{&before.deck, before.deck.deck.stem, &lock}}, 1000).stamps);
  dir.write("deckpress.lock", lock.serialize());
  REQUIRE(git("add deckpress.lock") == 0);
  REQUIRE(git("-c user.name=t -c user.email=t@t commit -qm lock") == 0);
  std::string edited = kDeck;
  edited.replace(edited.find("C answer"), 8, "C changed");
  Compiled after(edited, (dir.path() / "sel.toml").string());
  Selection selection;
  selection.changed_since = "HEAD";
  Diagnostics diagnostics;
  std::optional<std::string> pdf = deck_sheet({&after.deck}, selection, {}, diagnostics);
  CHECK(pdf);
  CHECK(diagnostics.all().empty());
  anki::Lock earlier = lock_at("HEAD", dir.path());
  print::SheetInput input = sheet_input(source_of(after.deck, true), selection, &earlier, {}, diagnostics);
  CHECK(cards_of(input) == std::vector<std::string>{"3 C question"});
  selection.changed_since = "no-such-revision";
  CHECK_FALSE(deck_sheet({&after.deck}, selection, {}, diagnostics));
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].message.starts_with("--changed-since no-such-revision: git cannot show "));
}

TEST_CASE("a cloze blank is as wide as its answer and a hint stays") {
  Diagnostics diagnostics;
  print::SheetInput input = chosen(Selection{"", {"d"}}, diagnostics);
  REQUIRE(input.cards.size() == 2);
  CHECK(input.cards[0].front_html.find("<span class=\"cloze\" data-cloze=\"GIL\">[___]</span>") != std::string::npos);
  CHECK(input.cards[1].front_html.find(">[kind of thing]</span>") != std::string::npos);
  CHECK(input.cards[0].back_html.find("<span class=\"cloze\">GIL</span>") != std::string::npos);
  CHECK(sized_blanks("<span class=\"cloze\" data-cloze=\"a &amp; b\">[...]</span>") ==
        "<span class=\"cloze\" data-cloze=\"a &amp; b\">[_____]</span>");
}

TEST_CASE("cloze = note puts every deletion of a note on one card, numbered, with an answer key") {
  Diagnostics diagnostics;
  print::SheetInput input = chosen(Selection{"", {"d"}}, diagnostics, {{"cloze", "note"}});
  REQUIRE(input.cards.size() == 1);
  const print::PrintedCard& card = input.cards[0];
  CHECK(card.number == 4);
  CHECK(card.front_html.find(">[1: ___]</span>") != std::string::npos);
  CHECK(card.front_html.find(">[2: kind of thing]</span>") != std::string::npos);
  CHECK(card.back_html.find("<span class=\"cloze\">GIL</span>") != std::string::npos);
  CHECK(card.back_html.find("<span class=\"cloze\">lock</span>") != std::string::npos);
  CHECK(card.back_html.ends_with("<hr><p>1: GIL<br>2: lock</p>"));
  CHECK(input.holdings == "Sel: 1 of 6 cards (notes d)");
}

TEST_CASE("tag patterns match the tag or one of its parents, in any case") {
  CHECK(tag_matches("lang", "Lang::French"));
  CHECK(tag_matches("lang::*ch", "lang::french"));
  CHECK_FALSE(tag_matches("french", "lang::french"));
  CHECK_FALSE(tag_matches("lan", "lang"));
}
