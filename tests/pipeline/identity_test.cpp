// What the package input takes from the lock: a note type's mod moves with
// every change the package stores of it, and only then.
#include <catch2/catch.hpp>

#include "cards/template_check.h"
#include "deck/loader.h"
#include "pipeline/compiled.h"
#include "pipeline/identity.h"
#include "support/temp_dir.h"

using namespace deckpress;

namespace {

const std::string kNoteType = R"toml(name = "Vocab (mine)"
sort_field = "SORT"

[[field]]
key = "word"
name = "Word"

[[field]]
key = "meaning"
name = "Meaning"

[[template]]
name = "Card 1"
front = "front.html"
back = "back.html"
)toml";

// The mod the package gives the note type when built at `now` with `lock`.
int64_t note_type_mod(const test::TempDir& dir, const std::string& sort_field, anki::Lock& lock, int64_t now) {
  std::string type = kNoteType;
  type.replace(type.find("SORT"), 4, sort_field);
  dir.write("templates/vocab/notetype.toml", type);
  dir.write("templates/vocab/front.html", "{{Word}}");
  dir.write("templates/vocab/back.html", "{{FrontSide}}<hr id=answer>{{Meaning}}");
  NoteTypes types({dir.path() / "templates"}, cards::check_templates);
  Diagnostics diagnostics;
  auto deck = load_deck_text("[deck]\nname = \"V\"\nnote_type = \"vocab\"\n[[note]]\nword = \"w\"\nmeaning = \"m\"\n",
                             (dir.path() / "v.toml").string(), types, diagnostics);
  REQUIRE(deck);
  auto compiled = pipeline::compile_deck(std::move(*deck), diagnostics);
  REQUIRE(diagnostics.all().empty());
  return pipeline::package_input({&compiled}, lock, now).note_types.at(0).mod;
}

}  // namespace

TEST_CASE("changing only a note type's sort field moves its mod") {
  test::TempDir dir("sort-field");
  anki::Lock lock;
  CHECK(note_type_mod(dir, "word", lock, 1000) == 1000);
  CHECK(note_type_mod(dir, "word", lock, 2000) == 1000);
  CHECK(note_type_mod(dir, "meaning", lock, 3000) == 3000);
}
