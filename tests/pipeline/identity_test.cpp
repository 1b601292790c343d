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
  auto stamped = pipeline::package_input({{&compiled, "v", &lock}}, now);
  lock.apply(stamped.stamps);
  return stamped.input.note_types.at(0).mod;
}

}  // namespace

TEST_CASE("changing only a note type's sort field moves its mod") {
  test::TempDir dir("sort-field");
  anki::Lock lock;
  CHECK(note_type_mod(dir, "word", lock, 1000) == 1000);
  CHECK(note_type_mod(dir, "word", lock, 2000) == 1000);
  CHECK(note_type_mod(dir, "meaning", lock, 3000) == 3000);
}

namespace {

pipeline::CompiledDeck compiled(const test::TempDir& dir, const std::string& file, const std::string& text) {
  static NoteTypes types({}, cards::check_templates);
  Diagnostics diagnostics;
  auto deck = load_deck_text(text, (dir.path() / file).string(), types, diagnostics);
  REQUIRE(deck);
  auto out = pipeline::compile_deck(std::move(*deck), diagnostics);
  REQUIRE(diagnostics.all().empty());
  return out;
}

}  // namespace

TEST_CASE("media only a deck description names is packed under a name starting with '_'") {
  test::TempDir dir("description-media");
  dir.write("logo.png", "not really a png");
  dir.write("map.png", "another");
  auto deck = compiled(dir, "d.toml", "[deck]\nname = \"D\"\ndescription = \"![logo](logo.png) ![map](map.png)\"\n"
                                      "[[note]]\nfront = \"Where?\"\nback = \"![map](map.png)\"\n");
  std::vector<std::string> names;
  for (const auto& [name, path] : deck.media) names.push_back(name);
  REQUIRE(names.size() == 2);
  CHECK(names[0].starts_with("_logo-"));
  CHECK(names[1].starts_with("map-"));
  CHECK(deck.description_html == "<img src=\"" + names[0] + "\" alt=\"logo\"> <img src=\"" + names[1] + "\" alt=\"map\">");
  CHECK(deck.description_media == std::set<std::string>{names[0], names[1]});
}

TEST_CASE("in a media folder, media only a deck description names are packed under a name starting with '_' too") {
  test::TempDir dir("description-media-folder");
  for (const std::string name : {"logo.png", "map.png", "_seal.png"}) dir.write("media/" + name, "image " + name);
  const std::string deck_text = "[deck]\nname = \"D\"\nmedia_folder = \"media\"\n"
                                "description = \"![logo](logo.png) ![map](map.png) ![seal](_seal.png)\"\n"
                                "[[note]]\nfront = \"Where?\"\nback = \"![map](map.png)\"\n";
  SECTION("the package's names, and the description's HTML says them") {
    auto deck = compiled(dir, "d.toml", deck_text);
    std::map<std::string, std::string> media;
    for (const auto& [name, path] : deck.media) media[name] = path.filename().string();
    CHECK(media == std::map<std::string, std::string>{
        {"_logo.png", "logo.png"}, {"_seal.png", "_seal.png"}, {"map.png", "map.png"}});
    CHECK(deck.description_html ==
          "<img src=\"_logo.png\" alt=\"logo\"> <img src=\"map.png\" alt=\"map\"> <img src=\"_seal.png\" alt=\"seal\">");
    CHECK(deck.description_media == std::set<std::string>{"_logo.png", "map.png", "_seal.png"});
  }
  SECTION("a file of the name it would be packed under is an error") {
    dir.write("media/_logo.png", "another image");
    static NoteTypes types({}, cards::check_templates);
    Diagnostics diagnostics;
    auto deck = load_deck_text(deck_text, (dir.path() / "d.toml").string(), types, diagnostics);
    REQUIRE(deck);
    pipeline::compile_deck(std::move(*deck), diagnostics);
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(diagnostics.all()[0].message ==
          "media file 'logo.png', which only a description names, is packaged as '_logo.png' so that Anki copies it, "
          "but the media folder holds another '_logo.png'; rename one of them");
    // At the reference in the description (`description = "![logo](` is 23
    // characters), as for a note's field; it was the [deck] table's line.
    CHECK(diagnostics.all()[0].pos.line == 4);
    CHECK(diagnostics.all()[0].pos.column == 24);
  }
  SECTION("in a subdeck's description, the same error at its reference") {
    dir.write("media/_logo.png", "another image");
    static NoteTypes types({}, cards::check_templates);
    Diagnostics diagnostics;
    auto deck = load_deck_text("[deck]\nname = \"D\"\nmedia_folder = \"media\"\n"
                               "[[subdeck]]\nname = \"Maps\"\ndescription = \"\"\"\nSee:\n  ![logo](logo.png)\"\"\"\n"
                               "[[note]]\nfront = \"Where?\"\nback = \"![map](map.png)\"\n",
                               (dir.path() / "d.toml").string(), types, diagnostics);
    REQUIRE(deck);
    pipeline::compile_deck(std::move(*deck), diagnostics);
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(diagnostics.all()[0].pos.line == 8);
    CHECK(diagnostics.all()[0].pos.column == 11);
  }
}

TEST_CASE("a subdeck's package carries its parent only when a deck of the build defines it") {
  test::TempDir dir("parents");
  dir.write("flag.png", "a flag");
  auto spanish = compiled(dir, "spanish.toml", "[deck]\nname = \"Spanish\"\ndescription = \"Hola ![flag](flag.png)\"\n"
                                               "[[note]]\nfront = \"hola\"\nback = \"hello\"\n");
  auto verbs = compiled(dir, "verbs.toml", "[deck]\nname = \"Spanish::Grammar::Verbs\"\n"
                                           "[[note]]\nfront = \"ser\"\nback = \"to be\"\n");
  anki::Lock lock;
  auto alone = pipeline::package_input({{&verbs, "verbs", &lock}}, 1000).input;
  REQUIRE(alone.decks.size() == 1);
  CHECK(alone.media.empty());
  auto carried = pipeline::package_input({{&verbs, "verbs", &lock}}, 1000, {&spanish, &verbs}).input;
  REQUIRE(carried.decks.size() == 2);
  CHECK(carried.decks[0].name == "Spanish::Grammar::Verbs");
  CHECK(carried.decks[1].name == "Spanish");
  CHECK(carried.decks[1].description_html == spanish.description_html);
  REQUIRE(carried.media.size() == 1);
  CHECK(carried.media[0].name == *spanish.description_media.begin());
  CHECK(pipeline::parent_deck_names("A::B::C") == std::vector<std::string>{"A", "A::B"});
}
