// `deckpress import`, and the round trip that is its acceptance test: a
// package P imported, then built, gives a package P' that Anki takes for P
// itself. Importing P' into a collection holding P matches every note by
// guid with a mod no newer (nothing added, nothing updated) and every note
// type by id with the same fields and templates, by id or name, and a mod no
// newer (no copy, no update): Anki's rules in rslib's import/notes.rs.
#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "anki/latex_images.h"
#include "cli/run.h"
#include "package/read.h"
#include "package/sample_contents.h"

namespace fs = std::filesystem;
namespace package = deckpress::package;
using package::Format;
using test::run_deckpress;

namespace {

// A note as a collection would see it after importing the package.
struct SeenNote {
  const package::Note* note = nullptr;
  std::string deck;  // of its first card
  std::set<int> ords;
};

std::map<std::string, SeenNote> notes_by_guid(const package::Package& contents) {
  std::map<int64_t, std::string> decks;
  for (const auto& deck : contents.decks) decks[deck.id] = deck.name;
  std::map<int64_t, const package::Note*> by_id;
  std::map<std::string, SeenNote> notes;
  for (const auto& note : contents.notes) {
    by_id[note.id] = &note;
    notes[note.guid].note = &note;
  }
  for (const auto& card : contents.cards) {
    SeenNote& seen = notes[by_id.at(card.note_id)->guid];
    if (seen.ords.empty()) seen.deck = decks[card.deck_id];
    seen.ords.insert(card.ord);
  }
  return notes;
}

void check_same_note_type(const package::NoteType& was, const package::NoteType& now) {
  INFO("note type " << was.name);
  CHECK(now.name == was.name);
  CHECK(now.is_cloze == was.is_cloze);
  CHECK(now.css == was.css);
  CHECK(now.sort_field == was.sort_field);
  CHECK(now.mod == was.mod);
  CHECK(now.latex_pre == was.latex_pre);
  CHECK(now.latex_post == was.latex_post);
  CHECK(now.original_stock_kind == was.original_stock_kind);
  REQUIRE(now.fields.size() == was.fields.size());
  for (size_t i = 0; i < was.fields.size(); ++i) {
    CHECK(now.fields[i].name == was.fields[i].name);
    CHECK(now.fields[i].id == was.fields[i].id);
    CHECK(now.fields[i].settings.rtl == was.fields[i].settings.rtl);
    CHECK(now.fields[i].settings.font == was.fields[i].settings.font);
    CHECK(now.fields[i].settings.tag == was.fields[i].settings.tag);
  }
  REQUIRE(now.templates.size() == was.templates.size());
  for (size_t i = 0; i < was.templates.size(); ++i) {
    CHECK(now.templates[i].name == was.templates[i].name);
    CHECK(now.templates[i].id == was.templates[i].id);
    CHECK(now.templates[i].front == was.templates[i].front);
    CHECK(now.templates[i].back == was.templates[i].back);
  }
}

std::map<std::string, std::string> deck_descriptions(const package::Package& contents) {
  std::map<std::string, std::string> decks;
  for (const auto& deck : contents.decks)
    if (!deck.filtered && deck.name != "Default") decks[deck.name] = deck.description;
  return decks;
}

// P' holds P's notes, note types, decks and media exactly.
void check_same_package(const fs::path& original, const fs::path& rebuilt) {
  const package::PackageReader was_reader(original), now_reader(rebuilt);
  const package::Package was = was_reader.read(), now = now_reader.read();
  const auto was_notes = notes_by_guid(was), now_notes = notes_by_guid(now);
  REQUIRE(now_notes.size() == was_notes.size());
  for (const auto& [guid, seen] : was_notes) {
    INFO("note " << guid);
    REQUIRE(now_notes.count(guid));
    const SeenNote& again = now_notes.at(guid);
    CHECK(again.note->fields == seen.note->fields);
    CHECK(std::set(again.note->tags.begin(), again.note->tags.end()) ==
          std::set(seen.note->tags.begin(), seen.note->tags.end()));
    CHECK(again.deck == seen.deck);
    CHECK(again.note->note_type_id == seen.note->note_type_id);
    CHECK(again.note->mod == seen.note->mod);
    CHECK(again.ords == seen.ords);  // a card Anki lacks would be added to the note
  }
  REQUIRE(now.note_types.size() == was.note_types.size());
  for (size_t i = 0; i < was.note_types.size(); ++i) {
    CHECK(now.note_types[i].id == was.note_types[i].id);
    check_same_note_type(was.note_types[i], now.note_types[i]);
  }
  CHECK(deck_descriptions(now) == deck_descriptions(was));
  std::map<std::string, std::string> was_media, now_media;
  for (const auto& file : was.media) was_media[file.name] = was_reader.media_bytes(file);
  for (const auto& file : now.media) now_media[file.name] = now_reader.media_bytes(file);
  CHECK(now_media == was_media);
}

struct RoundTrip {
  test::TempDir dir{"import"};
  fs::path repository = dir.path() / "repo";
  fs::path rebuilt = dir.path() / "out" / "all.apkg";
  std::string import_output;

  void import(const fs::path& package, const std::string& options = "") {
    auto result = run_deckpress("import " + package.string() + " -o " + repository.string() + " " + options);
    INFO(result.output);
    REQUIRE(result.exit_code == 0);
    import_output = result.output;
  }

  void build() {
    auto result = run_deckpress("build " + (repository / "decks").string() + " --only apkg -o " +
                                (dir.path() / "out").string() + " --bundle all.apkg");
    INFO(result.output);
    REQUIRE(result.exit_code == 0);
  }

  // Import, build, compare; the first build leaves the lock as import wrote it.
  void check(const fs::path& package, const std::string& options = "") {
    import(package, options);
    const std::string lock = test::read_file(repository / "decks/deckpress.lock");
    build();
    CHECK(test::read_file(repository / "decks/deckpress.lock") == lock);
    check_same_package(package, rebuilt);
  }
};

void write(const test::fixture::Contents& contents, Format format, const fs::path& out,
           test::fixture::Writer writer = test::fixture::Writer::anki) {
  test::fixture::write_package(contents, format, out, writer);
}

}  // namespace

TEST_CASE("round trip: a current package (schema 18, zstd, protobuf) comes back as itself") {
  RoundTrip trip;
  write(test::sample_contents(), Format::latest, trip.dir.path() / "current.apkg");
  trip.check(trip.dir.path() / "current.apkg");
}

TEST_CASE("round trip: field and template ids Anki drew negative come back") {
  RoundTrip trip;
  test::fixture::Contents contents = test::sample_contents();
  contents.note_types[0].fields[0].id = -7240120388310530001;  // Anki draws them from all 64-bit numbers
  contents.note_types[0].templates[0].id = -1;
  write(contents, Format::latest, trip.dir.path() / "current.apkg");
  trip.check(trip.dir.path() / "current.apkg");
}

TEST_CASE("a sort field number no field has is read as the first field's") {
  RoundTrip trip;
  test::fixture::Contents contents = test::sample_contents();
  contents.note_types[0].sort_field = -1;
  write(contents, Format::legacy2, trip.dir.path() / "odd.apkg");
  trip.import(trip.dir.path() / "odd.apkg");
  CHECK(trip.import_output.find("error") == std::string::npos);
  trip.build();
}

TEST_CASE("round trip: a package shaped as Anki 2.1.16 exports it (collection.anki21, no field ids)") {
  RoundTrip trip;
  test::fixture::Contents contents = test::sample_contents();
  for (auto& type : contents.note_types) {
    for (auto& field : type.fields) field.id.reset();
    for (auto& card : type.templates) card.id.reset();
  }
  write(contents, Format::legacy2, trip.dir.path() / "anki2116.apkg");
  trip.check(trip.dir.path() / "anki2116.apkg");
}

TEST_CASE("round trip: a package shaped as genanki writes it") {
  RoundTrip trip;
  test::fixture::Contents contents = test::sample_contents();
  contents.note_types[0].name = "Vocab (genanki)";
  contents.note_types[0].fields[0].id.reset();
  contents.note_types[0].fields[1].id.reset();
  contents.note_types[0].templates[0].id.reset();
  write(contents, Format::legacy1, trip.dir.path() / "genanki.apkg", test::fixture::Writer::genanki);
  trip.check(trip.dir.path() / "genanki.apkg");
}

TEST_CASE("round trip: a package deckpress built comes back as itself") {
  RoundTrip first;
  fs::copy(PROJECT_DIR "/decks", first.dir.path() / "decks", fs::copy_options::recursive);
  auto built = run_deckpress("build " + (first.dir.path() / "decks").string() + " --only apkg -o " +
                             (first.dir.path() / "built").string());
  REQUIRE(built.exit_code == 0);
  for (const char* deck : {"feature-tour", "python-interview"}) {
    INFO(deck);
    RoundTrip trip;
    trip.check(first.dir.path() / "built" / (std::string(deck) + ".apkg"));
  }
}

TEST_CASE("round trip with --markdown: fields it converts build back byte for byte") {
  RoundTrip trip;
  test::fixture::Contents contents = test::sample_contents();
  contents.notes[0].fields[1] = "to speak &amp; to talk";
  contents.notes.push_back({.id = 1700000000300, .guid = "d3", .note_type_id = test::basic_id, .mod = 1700000500,
                            .fields = {"<b>bold</b> &nbsp;kept", "# not a heading"}});
  contents.cards.push_back({.id = 1700000000301, .note_id = 1700000000300, .ord = 0, .deck_id = test::parent_deck});
  write(contents, Format::latest, trip.dir.path() / "current.apkg");
  trip.check(trip.dir.path() / "current.apkg", "--markdown");
  CHECK_THAT(trip.import_output, Catch::Contains("--markdown: 2 notes converted to Markdown, 1 partly"));
  const std::string deck = test::read_file(trip.repository / "decks/spanish.toml");
  CHECK_THAT(deck, Catch::Contains("back = \"to speak & to talk\"\n"));
  CHECK_THAT(deck, Catch::Contains("front.html = \"<b>bold</b> &nbsp;kept\"\n"));
  CHECK_THAT(deck, Catch::Contains("back = '\\# not a heading'\n"));
}

TEST_CASE("round trip: a cloze deletion Anki holds with an empty answer builds back, with a warning") {
  RoundTrip trip;
  test::fixture::Contents contents = test::sample_contents();
  contents.notes.push_back({.id = 1700000000300, .guid = "e4", .note_type_id = test::cloze_id, .mod = 1700000500,
                            .fields = {"{{c1::}}causes larva migrans", "Toxocara"}});
  contents.cards.push_back({.id = 1700000000301, .note_id = 1700000000300, .ord = 0, .deck_id = test::parent_deck});
  write(contents, Format::latest, trip.dir.path() / "current.apkg");
  trip.import(trip.dir.path() / "current.apkg");
  auto result = run_deckpress("build " + (trip.repository / "decks").string() + " --only apkg -o " +
                              (trip.dir.path() / "out").string() + " --bundle all.apkg");
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.output, Catch::Contains(
                                "warning: cloze deletion with an empty answer; kept as Anki holds it"));
  check_same_package(trip.dir.path() / "current.apkg", trip.rebuilt);
}

TEST_CASE("round trip: notes in Anki's Default deck and below it come back there") {
  RoundTrip trip;
  test::fixture::Contents contents = test::sample_contents();
  contents.decks.push_back({.id = 1800000000001, .name = "Default::Old"});
  contents.notes.push_back({.id = 1700000000400, .guid = "d1", .note_type_id = test::basic_id, .mod = 1700000500,
                            .fields = {"in Default", "yes"}});
  contents.cards.push_back({.id = 1700000000401, .note_id = 1700000000400, .ord = 0, .deck_id = 1});
  contents.notes.push_back({.id = 1700000000500, .guid = "d2", .note_type_id = test::basic_id, .mod = 1700000500,
                            .fields = {"in Default::Old", "yes"}});
  contents.cards.push_back({.id = 1700000000501, .note_id = 1700000000500, .ord = 0, .deck_id = 1800000000001});
  write(contents, Format::latest, trip.dir.path() / "current.apkg");
  trip.check(trip.dir.path() / "current.apkg");
  const package::Package rebuilt = package::read_package(trip.rebuilt);
  const auto notes = notes_by_guid(rebuilt);
  CHECK(notes.at("d1").deck == "Default");
  CHECK(notes.at("d2").deck == "Default::Old");
}

TEST_CASE("round trip: the LaTeX images Anki made for the notes are packaged again") {
  RoundTrip trip;
  test::fixture::Contents contents = test::sample_contents();
  contents.notes.push_back({.id = 1700000000300, .guid = "t1", .note_type_id = test::basic_id, .mod = 1700000500,
                            .fields = {"[$]x^2[/$]", "[$$]{{c1::y}}[/$$]"}});
  contents.cards.push_back({.id = 1700000000301, .note_id = 1700000000300, .ord = 0, .deck_id = test::parent_deck});
  // What Anki names the images of "$x^2$" and of the answer side of the cloze.
  const std::vector<std::string> images = deckpress::anki::latex_image_names("[$]x^2[/$]", false);
  REQUIRE(images.size() == 1);
  contents.media.push_back({images[0], "\x89PNG x squared"});
  contents.media.push_back({deckpress::anki::latex_image_names("[$$]y[/$$]", false)[0], "\x89PNG y"});
  write(contents, Format::latest, trip.dir.path() / "current.apkg");
  trip.check(trip.dir.path() / "current.apkg");
  CHECK(fs::exists(trip.repository / "decks/media" / images[0]));
}

TEST_CASE("after the round trip, editing one note updates exactly that note") {
  RoundTrip trip;
  write(test::sample_contents(), Format::latest, trip.dir.path() / "current.apkg");
  trip.check(trip.dir.path() / "current.apkg");
  fs::copy_file(trip.rebuilt, trip.dir.path() / "first.apkg");
  const fs::path deck = trip.repository / "decks/spanish.toml";
  std::string text = test::read_file(deck);
  text.replace(text.find("to speak"), 8, "to talk");
  test::write_file(deck, text);
  trip.build();
  const package::Package before = package::read_package(trip.dir.path() / "first.apkg");
  const package::Package after = package::read_package(trip.rebuilt);
  const auto old_notes = notes_by_guid(before), new_notes = notes_by_guid(after);
  CHECK(new_notes.at("b]x%1").note->fields[1] == "to talk");
  CHECK(new_notes.at("b]x%1").note->mod > old_notes.at("b]x%1").note->mod);
  CHECK(new_notes.at("c(y&2").note->mod == old_notes.at("c(y&2").note->mod);
  for (size_t i = 0; i < before.note_types.size(); ++i) CHECK(after.note_types[i].mod == before.note_types[i].mod);
}

TEST_CASE("round trip: an image occlusion note type, kept verbatim, is built back unchanged") {
  RoundTrip trip;
  test::fixture::Contents contents = test::sample_contents();
  package::NoteType occlusion{
      .id = 1700000000900,
      .name = "Image Occlusion",
      .is_cloze = true,
      .fields = {{.name = "Occlusion", .id = 11, .settings = {.tag = 0}}, {.name = "Image", .id = 12, .settings = {.tag = 1}},
                 {.name = "Header", .id = 13, .settings = {.tag = 2}}, {.name = "Back Extra", .id = 14, .settings = {.tag = 3}},
                 {.name = "Comments", .id = 15, .settings = {.tag = 4}}},
      .templates = {{.name = "Image Occlusion",
                     .front = "{{#Header}}<div>{{Header}}</div>{{/Header}}<div style=\"display: none\">"
                              "{{cloze:Occlusion}}</div><div id=\"image-occlusion-container\">{{Image}}"
                              "<canvas id=\"image-occlusion-canvas\"></canvas></div>"
                              "<script>try { anki.imageOcclusion.setup(); } catch (exc) {}</script>",
                     .back = "{{cloze:Occlusion}}{{Image}}<script>anki.imageOcclusion.setup();</script>",
                     .id = 16}},
      .css = "#image-occlusion-canvas { --inactive-shape-color: #ffeba2; }",
      .mod = 1700000000,
      .original_stock_kind = package::StockKind::image_occlusion};
  contents.note_types.push_back(occlusion);
  contents.notes.push_back({.id = 1800000000100, .guid = "io1", .note_type_id = occlusion.id, .mod = 1700000600,
                            .fields = {"{{c1::image-occlusion:rect:left=.1:top=.2:width=.3:height=.4:oi=1}}<br>"
                                       "{{c2::image-occlusion:ellipse:left=.5:top=.5:rx=.1:ry=.1}}<br>",
                                       "<img src=\"talk.png\">", "", "", ""}});
  contents.cards.push_back({.id = 1800000000101, .note_id = 1800000000100, .ord = 0, .deck_id = test::parent_deck});
  contents.cards.push_back({.id = 1800000000102, .note_id = 1800000000100, .ord = 1, .deck_id = test::parent_deck});
  write(contents, Format::latest, trip.dir.path() / "occlusion.apkg");
  trip.check(trip.dir.path() / "occlusion.apkg");
  CHECK_THAT(trip.import_output, Catch::Contains("note type 'Image Occlusion' is kept verbatim (image occlusion"));
}

TEST_CASE("round trip: a note type no note uses comes back, with its ids, names and template media") {
  RoundTrip trip;
  test::fixture::Contents contents = test::sample_contents();
  // As a German Anki's export carries its stock "Einfach", which no note of the deck uses.
  contents.note_types.push_back(package::NoteType{
      .id = 1342697561420,
      .name = "Einfach",
      .fields = {{.name = "Vorderseite", .id = 3001}, {.name = "Rückseite", .id = 3002}},
      .templates = {{.name = "Karte 1", .front = "{{Vorderseite}}", .back = "{{FrontSide}}<hr id=answer>{{Rückseite}}",
                     .id = 4001}},
      .css = "@font-face { font-family: eigen; src: url(\"_eigen.woff\"); }",
      .mod = 1700000700});
  contents.media.push_back({"_eigen.woff", "wOFF fake"});
  write(contents, Format::latest, trip.dir.path() / "unused.apkg");
  trip.check(trip.dir.path() / "unused.apkg");  // the note types match by id, fields and templates by id and name
  CHECK_THAT(test::read_file(trip.repository / "decks/spanish.toml"),
             Catch::Contains("note_type = \"basic\"\nnote_types = [\"einfach\"]\n"));
  CHECK(test::read_file(trip.repository / "decks/templates/einfach/style.css") == contents.note_types[2].css);

  // The deck file and its lock build the same bytes again.
  const std::string first = test::read_file(trip.rebuilt);
  fs::remove(trip.rebuilt);
  trip.build();
  CHECK(test::read_file(trip.rebuilt) == first);
}

TEST_CASE("inspect and diff read a current package, and diff compares it with a legacy one") {
  test::TempDir dir("inspect-current");
  write(test::sample_contents(), Format::latest, dir.path() / "current.colpkg");
  write(test::sample_contents(), Format::legacy2, dir.path() / "legacy.apkg");
  auto inspected = run_deckpress("inspect " + (dir.path() / "current.colpkg").string());
  CHECK(inspected.exit_code == 0);
  CHECK_THAT(inspected.output, Catch::StartsWith("collection.anki21b (schema 18)\n"));
  CHECK_THAT(inspected.output, Catch::Contains("  1700000000100  guid b]x%1  type Basic\n"
                                               "    Front: hablar <img src=\"talk.png\">\n"));
  auto same = run_deckpress("diff " + (dir.path() / "legacy.apkg").string() + " " +
                            (dir.path() / "current.colpkg").string());
  CHECK(same.exit_code == 0);
  CHECK(same.output == "no changes\n");
}

TEST_CASE("import refuses a file that exists with other content, naming it, and writes nothing") {
  RoundTrip trip;
  write(test::sample_contents(), Format::latest, trip.dir.path() / "current.apkg");
  test::write_file(trip.repository / "decks/spanish.toml", "[deck]\nname = \"Spanish\"\n");
  auto result = run_deckpress("import " + (trip.dir.path() / "current.apkg").string() + " -o " +
                              trip.repository.string());
  CHECK(result.exit_code == 1);
  CHECK(result.output == "deckpress: import: 1 file already exists with other content; nothing was written "
                         "(--force overwrites them):\n  decks/spanish.toml\n");
  CHECK_FALSE(fs::exists(trip.repository / "decks/deckpress.lock"));
}

TEST_CASE("import of a package with a corrupt media member fails with exit code 3 and leaves no repository") {
  RoundTrip trip;
  const fs::path package = trip.dir.path() / "current.apkg";
  write(test::sample_contents(), Format::latest, package);
  test::fixture::replace_member(package, "0", "not zstd at all");
  auto result = run_deckpress("import " + package.string() + " -o " + trip.repository.string());
  CHECK(result.exit_code == 3);
  CHECK(result.output == "deckpress: " + package.string() + ": media file \"talk.png\": media member 0 is not valid "
                         "zstd data: it does not start with a zstd frame; nothing was written\n");
  CHECK_FALSE(fs::exists(trip.repository));
}
