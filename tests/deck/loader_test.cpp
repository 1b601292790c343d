#include <catch2/catch.hpp>

#include "deck/diagnostic_format.h"
#include "deck/loader.h"
#include "loaded.h"

using namespace deckpress;

using deckpress::testing::Loaded;
using deckpress::testing::Problems;

TEST_CASE("a basic deck loads into the model") {
  Loaded loaded(R"([deck]
name = "Python"
tags = ["python"]

[[note]]
id = "gil"
front = "What is the GIL?"
back = """
A lock.
"""
tags = ["threads"]
)");
  REQUIRE(loaded.problems().empty());
  const Deck& deck = *loaded.deck;
  CHECK(deck.name == "Python");
  CHECK(deck.stem == "deck");
  REQUIRE(deck.notes.size() == 1);
  const Note& note = deck.notes[0];
  CHECK(note.id == "gil");
  CHECK(note.type->key == "basic");
  CHECK(note.type->name == "Basic (deckpress)");
  CHECK(note.fields[0].text == "What is the GIL?");
  CHECK(note.fields[1].text == "A lock.\n");
  CHECK(note.tags == std::vector<std::string>{"python", "threads"});
  CHECK(note.pos.line == 5);
  CHECK(note.fields[0].pos.line == 7);
  CHECK(note.fields[0].pos.column == 10);
  CHECK(note.fields[1].pos.line == 9);
  CHECK(note.fields[1].pos.column == 1);
}

TEST_CASE("positions inside a field count lines and code points") {
  Loaded loaded("[deck]\nname = \"D\"\n[[note]]\nfront = \"ёлка x\"\nback = \"\"\"\nab\ncd\"\"\"\n");
  const Note& note = loaded.deck->notes[0];
  SourcePos x = position_in(note.fields[0], std::string("ёлка ").size());
  CHECK(x.line == 4);
  CHECK(x.column == 15);
  SourcePos d = position_in(note.fields[1], 4);
  CHECK(d.line == 7);
  CHECK(d.column == 2);
}

TEST_CASE("a TOML syntax error is reported at its position") {
  Loaded loaded("[deck]\nname = \"D\"\n[[note]]\nfront = \"unterminated\n");
  REQUIRE(loaded.diagnostics.all().size() == 1);
  CHECK(loaded.diagnostics.all()[0].pos.line == 4);
  CHECK_FALSE(loaded.deck);
}

TEST_CASE("every problem of a file is reported, each at its line") {
  Loaded loaded(R"([deck]
nme = "D"

[[note]]
frnt = "Q"
back = "A"

[[note]]
type = "clozz"
text = "x"

[[note]]
front = ""
back = 3
)");
  CHECK(loaded.problems() == Problems{
      "2:1: unknown key 'nme' in [deck]; did you mean 'name'?",
      "1:1: missing deck name: add name = \"...\" to [deck]",
      "5:1: unknown key 'frnt' in a 'basic' note; did you mean 'front'?",
      "4:1: missing field 'front' of a 'basic' note",
      "9:8: unknown note type 'clozz'; did you mean 'cloze'?",
      "13:9: field 'front' is empty",
      "14:8: 'back' must be a string, not an integer",
  });
  CHECK(loaded.diagnostics.has_errors());
}

TEST_CASE("tags with spaces and bad deck names are errors") {
  Loaded loaded("[deck]\nname = \"A::\"\ntags = [\"two words\"]\n[[note]]\nfront = \"q\"\n");
  CHECK(loaded.problems() == Problems{
      "2:8: deck name 'A::' has an empty level or one with outer spaces, which Anki rewrites on "
      "import; write each level between '::' without spaces around it",
      "3:8: tag 'two words' contains a space; use '_' or '::'",
  });
}

TEST_CASE("the deck's note_type applies to its notes: an unknown one is reported once") {
  Loaded cloze("[deck]\nname = \"D\"\nnote_type = \"cloze\"\n[[note]]\ntext = \"{{c1::x}}\"\n");
  REQUIRE(cloze.problems().empty());
  CHECK(cloze.deck->notes[0].type->is_cloze);
  CHECK(cloze.deck->notes[0].type->fields == std::vector<std::string>{"Text", "Back Extra"});

  Loaded unknown("[deck]\nname = \"D\"\nnote_type = \"nope\"\n[[note]]\nfront = \"a\"\n[[note]]\nfront = \"b\"\n");
  CHECK(unknown.problems() == Problems{"3:13: unknown note type 'nope'"});
}

TEST_CASE("invalid UTF-8 is an error with its line") {
  Loaded loaded("[deck]\nname = \"D\"\n[[note]]\nfront = \"bad \xff byte\"\n");
  REQUIRE_FALSE(loaded.diagnostics.all().empty());
  CHECK(loaded.diagnostics.all()[0].pos.line == 4);
  CHECK_FALSE(loaded.deck);
}

TEST_CASE("diagnostics print GCC-style with the source line and a caret") {
  Diagnostic d{Severity::error, {TESTS_DIR "/deck/bad/unknown-key.toml", 5, 1},
               "unknown key 'frnt' in a 'basic' note; did you mean 'front'?"};
  SourceLines sources;
  CHECK(format_diagnostic(d, sources) ==
        TESTS_DIR "/deck/bad/unknown-key.toml:5:1: error: unknown key 'frnt' in a 'basic' note; "
                  "did you mean 'front'?\n"
                  " 5 | frnt = \"What is the GIL?\"\n"
                  "   | ^\n");
  CHECK(format_diagnostic(Diagnostic{Severity::error, {}, "the PDF could not be drawn"}, sources) ==
        "deckpress: error: the PDF could not be drawn\n");
}

TEST_CASE("a deck named Default fills Anki's default deck: spelled so, without a description") {
  CHECK(Loaded("[deck]\nname = \"Default\"\n[[note]]\nfront = \"q\"\n").problems().empty());
  CHECK(Loaded("[deck]\nname = \"Default::Verbs\"\ndescription = \"x\"\n[[note]]\nfront = \"q\"\n").problems().empty());
  CHECK(Loaded("[deck]\nname = \"DEFAULT::Verbs\"\n[[note]]\nfront = \"q\"\n").problems() ==
        Problems{"2:8: 'DEFAULT' is Anki's default deck, which is named 'Default': write it so"});
  CHECK(Loaded("[deck]\nname = \"Default\"\ndescription = \"Mine\"\n[[note]]\nfront = \"q\"\n").problems() ==
        Problems{"3:15: Anki keeps the description of its Default deck as the user wrote it; remove "
                 "'description' or give the deck a name of its own"});
}

TEST_CASE("deck names Anki would rewrite are errors: outer spaces of any kind, not NFC") {
  CHECK(Loaded("[deck]\nname = \"Verbs\\u00A0::x\"\n[[note]]\nfront = \"q\"\n").problems() ==
        Problems{"2:8: deck name 'Verbs\u00A0::x' has an empty level or one with outer spaces, which Anki rewrites on "
                 "import; write each level between '::' without spaces around it"});
  CHECK(Loaded("[deck]\nname = \"Caf\\u0065\\u0301\"\n[[note]]\nfront = \"q\"\n").problems() ==
        Problems{"2:8: deck name 'Cafe\u0301' is not in Unicode NFC form (it has a letter and a separate accent), "
                 "which Anki converts it to on import; type each accented letter as one character"});
}

TEST_CASE("every position in a deck shares one copy of the deck's path") {
  Loaded loaded("[deck]\nname = \"D\"\n[[note]]\nfront = \"a\"\nback = \"b\"\n[[note]]\nfront = \"c\"\n");
  REQUIRE(loaded.problems().empty());
  const std::string& path = loaded.deck->pos.path.str();
  CHECK(path == "deck.toml");
  for (const Note& note : loaded.deck->notes) {
    CHECK(&note.pos.path.str() == &path);
    for (const Field& field : note.fields) CHECK(&field.pos.path.str() == &path);
  }
}

TEST_CASE("[deck]'s note_types names note types the package carries, each once, whether notes use them or not") {
  Loaded loaded("[deck]\nname = \"D\"\nnote_types = [\"cloze\", \"basic\", \"type-answer\"]\n"
                "[[note]]\nfront = \"q\"\n");
  REQUIRE(loaded.problems().empty());
  const auto& carried = loaded.deck->note_types;
  REQUIRE(carried.size() == 3);
  CHECK(carried[0].type->key == "cloze");
  CHECK(carried[1].type == loaded.deck->notes[0].type);  // also used: the package still holds it once
  CHECK(carried[2].type->name == "Basic (type in the answer) (deckpress)");
  CHECK(carried[2].pos.line == 3);
  CHECK(carried[2].pos.column == 33);
}

TEST_CASE("a note_types entry naming no note type is an error at the entry, a repeated one a warning") {
  Loaded loaded("[deck]\nname = \"D\"\nnote_types = [\"basic\",\n  \"clozz\", \"basic\"]\n[[note]]\nfront = \"q\"\n");
  CHECK(loaded.problems() == Problems{"4:3: unknown note type 'clozz'; did you mean 'cloze'?",
                                      "4:12: note type 'basic' is already in note_types"});
  CHECK(loaded.diagnostics.has_errors());
  REQUIRE(loaded.deck->note_types.size() == 1);
  CHECK(loaded.deck->note_types[0].type->key == "basic");

  CHECK(Loaded("[deck]\nname = \"D\"\nnote_types = \"cloze\"\n[[note]]\nfront = \"q\"\n").problems() ==
        Problems{"3:14: 'note_types' must be an array of strings, not a string"});
}
