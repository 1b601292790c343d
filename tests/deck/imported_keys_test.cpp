// The deck-format keys `deckpress import` writes to keep a package's
// identities: note guids, subdecks, a media folder, and fields that say their
// own format.
#include <catch2/catch.hpp>

#include "deck/loader.h"
#include "loaded.h"

using namespace deckpress;

using deckpress::testing::Loaded;
using deckpress::testing::Problems;

TEST_CASE("a note's explicit guid is kept as written") {
  Loaded loaded(R"([deck]
name = "Spanish"

[[note]]
guid = "b]x%1<&"
front = "hablar"
back = "to speak"
)");
  REQUIRE(loaded.problems().empty());
  CHECK(loaded.deck->notes[0].guid == "b]x%1<&");
  CHECK(loaded.deck->notes[0].id.empty());
}

TEST_CASE("a guid that Anki's lock line could not hold, or a repeated one, is an error") {
  Loaded loaded(R"([deck]
name = "Spanish"

[[note]]
guid = "has space"
front = "a"

[[note]]
guid = "x"
front = "b"

[[note]]
guid = "x"
front = "c"
)");
  CHECK(loaded.problems() == Problems{"5:8: guid 'has space' contains a space or a control character",
                                      "13:8: guid 'x' is used by another note of this deck"});
}

TEST_CASE("subdecks: described by [[subdeck]] tables or named by notes") {
  Loaded loaded(R"([deck]
name = "Spanish"

[[subdeck]]
name = "Verbs::Regular"
description = "<i>-ar, -er, -ir</i>"

[[note]]
subdeck = "Verbs::Regular"
front = "hablar"

[[note]]
front = "hola"

[[note]]
subdeck = "Phrases"
front = "buenos días"
)");
  REQUIRE(loaded.problems().empty());
  const Deck& deck = *loaded.deck;
  REQUIRE(deck.subdecks.size() == 2);
  CHECK(deck.subdecks[0].name == "Spanish::Verbs::Regular");
  CHECK(deck.subdecks[0].description == "<i>-ar, -er, -ir</i>");
  CHECK(deck.subdecks[1].name == "Spanish::Phrases");
  CHECK(deck.deck_of(deck.notes[0]) == "Spanish::Verbs::Regular");
  CHECK(deck.deck_of(deck.notes[1]) == "Spanish");
  CHECK(deck.deck_of(deck.notes[2]) == "Spanish::Phrases");
}

TEST_CASE("a subdeck name with an empty level, or described twice, is an error") {
  Loaded loaded(R"([deck]
name = "Spanish"

[[subdeck]]
name = "Verbs"

[[subdeck]]
name = "Verbs"

[[note]]
subdeck = "::Verbs"
front = "hablar"
)");
  CHECK(loaded.problems() ==
        Problems{"8:8: subdeck 'Verbs' is described twice",
                 "11:11: subdeck '::Verbs': deck name 'Spanish::::Verbs' has an empty level or one with outer spaces, which "
                 "Anki rewrites on import; write each level between '::' without spaces around it"});
}

TEST_CASE("a field may say its own format, whatever the deck's") {
  Loaded loaded(R"([deck]
name = "Spanish"
description.html = "<b>Words</b>"

[[note]]
front = "**hablar**"
back.html = "<i>to speak</i>"

[[note]]
front = { markdown = "x" }
back = { text = "y" }
)");
  CHECK(loaded.problems() ==
        Problems{"11:8: 'back' must be a string, or a table with one string, 'html' or 'markdown', "
                 "such as back.html = \"...\""});
  const Deck& deck = *loaded.deck;
  CHECK(deck.description == "<b>Words</b>");
  CHECK(deck.description_format == TextFormat::html);
  CHECK_FALSE(deck.notes[0].fields[0].format);
  CHECK(deck.notes[0].fields[1].text == "<i>to speak</i>");
  CHECK(deck.notes[0].fields[1].format == TextFormat::html);
  CHECK(deck.notes[0].fields[1].pos.line == 7);
  CHECK(deck.notes[0].fields[1].pos.column == 14);
  CHECK(deck.notes[1].fields[0].format == TextFormat::markdown);
}

TEST_CASE("a media folder stays inside the deck's folder") {
  Loaded inside(R"([deck]
name = "Spanish"
media_folder = "media/"

[[note]]
front = "a"
)");
  REQUIRE(inside.problems().empty());
  CHECK(inside.deck->media_folder == "media");
  Loaded outside(R"([deck]
name = "Spanish"
media_folder = "../media"

[[note]]
front = "a"
)");
  CHECK(outside.problems() == Problems{"3:16: media_folder '../media' must be a folder inside the deck file's folder"});
}
