#include "anki/ids.h"

#include <catch2/catch.hpp>

using namespace deckpress::anki;

// Expected values computed once with Python's hashlib, following genanki.
TEST_CASE("guid_for follows genanki's scheme") {
  CHECK(guid_for({"a", "b"}) == "q/([o$8RAO");
  CHECK(guid_for({"deckpress", "python", "x1"}) == "JFJq?p[x8y");
  CHECK(guid_for({"\xC3\xBCn\xC3\xAF"}) == "NCE|&nEH#r");
}

TEST_CASE("field_checksum is the first 4 bytes of SHA-1") {
  CHECK(field_checksum("Hello & world") == 3466093884u);
}

TEST_CASE("hex digests") {
  CHECK(sha1_hex("abc") == "a9993e364706816aba3e25717850c26c9cd0d89d");
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("stable ids stay below 2^53 and never clash with the Default deck, which is deck 1") {
  CHECK(deck_id("Python") == 4852826454883440);
  CHECK(deck_id("Default") == 1);
  for (const char* name : {"", "default", "Default::Sub", "A::B"}) {
    const int64_t id = deck_id(name);
    CHECK(id > (int64_t{1} << 52));
    CHECK(id < (int64_t{1} << 53));
  }
}

TEST_CASE("a deck and a note type of the same name get different ids") {
  CHECK(deck_id("Vocab") != note_type_id("Vocab"));
  CHECK(field_id(1, "Front") != template_id(1, "Front"));
  CHECK(field_id(1, "Front") != field_id(2, "Front"));
}

TEST_CASE("unique_ids keeps free ids and moves taken ones down") {
  CHECK(unique_ids({}).empty());
  CHECK(unique_ids({10, 20, 30}) == std::vector<int64_t>{10, 20, 30});
  CHECK(unique_ids({10, 10, 10, 9, 20}) == std::vector<int64_t>{10, 9, 8, 7, 20});
  CHECK(unique_ids({5, 4, 5, 5}) == std::vector<int64_t>{5, 4, 3, 2});
}
