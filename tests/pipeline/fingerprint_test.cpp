// A stamp's text form keeps everything a later build reads back.
#include <catch2/catch.hpp>

#include "pipeline/fingerprint.h"

using deckpress::pipeline::Fingerprint;
using deckpress::pipeline::parse_fingerprint;

TEST_CASE("a fingerprint round-trips through its text: name, files with spaces, ids and guids") {
  Fingerprint fingerprint;
  fingerprint.name = "Python Interview::Basics";
  fingerprint.options = "abc";
  fingerprint.lock = "def";
  fingerprint.lock_file = {"decks/deckpress.lock", "0123", 10, 20};
  fingerprint.inputs = {{"decks/my deck.toml", "4567", 30, 40}};
  fingerprint.outputs = {{"out/my deck.apkg", "-", 0, 0}};
  fingerprint.note_ids = {"gil", "two words"};
  fingerprint.guids = {{"a,b c%d", 12, 1}};
  fingerprint.notes = 3;
  fingerprint.cards = 4;
  auto read = parse_fingerprint(serialize(fingerprint));
  REQUIRE(read);
  CHECK(read->name == fingerprint.name);
  CHECK(read->options == "abc");
  CHECK(read->lock == "def");
  REQUIRE(read->lock_file);
  CHECK(read->lock_file->path == "decks/deckpress.lock");
  CHECK(read->inputs.at(0).path == "decks/my deck.toml");
  CHECK(read->inputs.at(0).size == 30);
  CHECK(read->outputs.at(0).digest == "-");
  CHECK(read->note_ids == fingerprint.note_ids);
  REQUIRE(read->guids.size() == 1);
  CHECK(read->guids[0].guid == "a,b c%d");
  CHECK(read->guids[0].line == 12);
  CHECK(read->notes == 3);
  CHECK(read->cards == 4);
  CHECK_FALSE(parse_fingerprint("garbage"));
}
