#include "importer/import.h"

#include <catch2/catch.hpp>
#include <set>

#include "package/sample_contents.h"

namespace fs = std::filesystem;
namespace package = deckpress::package;
using namespace deckpress::importer;

namespace {

struct Imported {
  test::TempDir dir{"importer"};
  fs::path package = dir.path() / "in.apkg";
  fs::path repository = dir.path() / "repo";

  explicit Imported(const test::fixture::Contents& contents) { write(contents); }

  void write(const test::fixture::Contents& contents) {
    test::fixture::write_package(contents, package::Format::latest, package);
  }

  ImportSummary run(bool force = false, bool markdown = false) {
    return import_package(package, {.repository = repository, .markdown = markdown, .force = force});
  }

  std::string file(const std::string& path) const { return test::fixture::file_bytes(repository / path); }
};

test::fixture::Contents with_note(test::fixture::Contents contents, package::Note note, int64_t deck) {
  contents.cards.push_back({.id = note.id + 1, .note_id = note.id, .ord = 0, .deck_id = deck});
  contents.notes.push_back(std::move(note));
  return contents;
}

// Every file under `folder`, relative to it, with its bytes.
std::map<std::string, std::string> files_under(const fs::path& folder) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(folder))
    if (entry.is_regular_file())
      files[entry.path().lexically_relative(folder).generic_string()] = test::fixture::file_bytes(entry.path());
  return files;
}

// The package with one byte of `stored` (a member kept uncompressed) changed,
// so that the member no longer matches the CRC the archive states for it.
void damage_stored_bytes(const fs::path& package, const std::string& stored) {
  std::string bytes = test::fixture::file_bytes(package);
  const size_t at = bytes.find(stored);
  REQUIRE(at != std::string::npos);
  bytes[at] ^= 0x20;
  std::ofstream(package, std::ios::binary | std::ios::trunc) << bytes;
}

}  // namespace

TEST_CASE("import writes a deck file, note type folders, the media and the lock") {
  Imported imported(test::sample_contents());
  const ImportSummary summary = imported.run();
  CHECK(summary.deck_files == std::vector<std::string>{"decks/spanish.toml"});
  CHECK(summary.notes == 2);
  CHECK(summary.note_types == 2);
  CHECK(summary.media_files == 2);
  CHECK(summary.warnings.empty());
  CHECK(imported.file("decks/media/talk.png") == "\x89PNG fake");
  CHECK(imported.file("decks/templates/cloze/cloze.back.html") == "{{cloze:Text}}<br>\n{{Back Extra}}");
  CHECK(imported.file("decks/templates/basic/style.css") == ".card { color: black; }");
  CHECK(imported.file("decks/deckpress.lock").find("\nnote b]x%1 spanish ") != std::string::npos);
}

TEST_CASE("notes deckpress cannot carry are left out, each reason named once, and Anki's Default deck is carried") {
  test::fixture::Contents contents = test::sample_contents();
  contents.decks.push_back({.id = 1800000000001, .name = "Default::Old"});
  contents = with_note(contents, {.id = 1800000000100, .guid = "in-default", .note_type_id = test::basic_id,
                                  .fields = {"a", "b"}}, 1);
  contents = with_note(contents, {.id = 1800000000200, .guid = "in-default-child", .note_type_id = test::basic_id,
                                  .fields = {"a", "b"}}, 1800000000001);
  contents = with_note(contents, {.id = 1800000000300, .guid = "no-card-by-rule", .note_type_id = test::basic_id,
                                  .fields = {"", "b"}}, test::parent_deck);
  contents = with_note(contents, {.id = 1800000000400, .guid = "huge", .note_type_id = test::basic_id,
                                  .fields = {std::string((1 << 20) + 1, 'x'), ""}}, test::parent_deck);
  contents = with_note(contents, {.id = 1800000000500, .guid = "bad-tag", .note_type_id = test::basic_id,
                                  .fields = {"a", "b"}, .tags = {"ok", "::empty-level"}}, test::parent_deck);
  contents.notes.push_back({.id = 1800000000600, .guid = "no-cards", .note_type_id = test::basic_id, .fields = {"a", "b"}});
  Imported imported(contents);
  const ImportSummary summary = imported.run();
  CHECK(summary.notes == 5);
  CHECK(summary.warnings == std::vector<std::string>{
      "left out 1 note for which deckpress's card rules find no card (guid no-card-by-rule)",
      "left out 1 note with a field larger than a deck file's limit of 1048576 bytes (1 MiB) (guid huge)",
      "left out 1 note without cards (guid no-cards)",
      "dropped 1 tag a deck file cannot hold (a space, a control character or an empty level): ::empty-level"});
  CHECK(imported.file("decks/spanish.toml").find("guid = \"bad-tag\"\ntags = [\"ok\"]\n") != std::string::npos);
  // Notes in Anki's own Default deck (id 1) and below it go to a deck file of that name, which builds into it.
  const std::string default_deck = imported.file("decks/default.toml");
  CHECK(default_deck.find("name = \"Default\"") != std::string::npos);
  CHECK(default_deck.find("guid = \"in-default\"") != std::string::npos);
  CHECK(default_deck.find("name = \"Old\"") != std::string::npos);
  CHECK(default_deck.find("guid = \"in-default-child\"") != std::string::npos);
}

TEST_CASE("note types deckpress cannot express are kept verbatim, with a warning naming them") {
  test::fixture::Contents contents = test::sample_contents();
  package::NoteType occlusion{
      .id = 1700000000900,
      .name = "Image Occlusion",
      .is_cloze = true,
      .fields = {{.name = "Occlusion", .settings = {.tag = 0}},
                 {.name = "Image", .settings = {.tag = 1}},
                 {.name = "Header", .settings = {.tag = 2}},
                 {.name = "Back Extra", .settings = {.tag = 3}},
                 {.name = "Comments", .settings = {.tag = 4}}},
      .templates = {{.name = "Image Occlusion",
                     .front = "<div id=\"io\">{{cloze:Occlusion}}</div><script>anki.imageOcclusion.setup();</script>",
                     .back = "{{cloze:Occlusion}}{{Image}}{{furigana:Header}}{{mystery:Comments}}"}},
      .mod = 1700000000,
      .original_stock_kind = package::StockKind::image_occlusion};
  contents.note_types.push_back(occlusion);
  contents = with_note(contents,
                       {.id = 1800000000100, .guid = "io1", .note_type_id = occlusion.id,
                        .fields = {"{{c1::image-occlusion:rect:left=.1:top=.2:width=.3:height=.4}}<br>",
                                   "<img src=\"talk.png\">", "", "", ""}},
                       test::parent_deck);
  Imported imported(contents);
  const ImportSummary summary = imported.run();
  REQUIRE(summary.warnings.size() == 1);
  CHECK(summary.warnings[0] ==
        "note type 'Image Occlusion' is kept verbatim (image occlusion; a script in template 'Image Occlusion'; "
        "filter 'mystery' in template 'Image Occlusion'): its templates are packaged unchanged, but deckpress "
        "cannot check them or show them exactly in previews and on the sheet");
  const std::string toml = imported.file("decks/templates/image-occlusion/notetype.toml");
  CHECK(toml.find("\nverbatim = true\n") != std::string::npos);
  CHECK(toml.find("\noriginal_stock_kind = 6\n") != std::string::npos);
  CHECK(toml.find("name = \"Image\"\nid = 0\ntag = 1\n") != std::string::npos);
}

TEST_CASE("import never overwrites a file that says something else, unless forced") {
  Imported imported(test::sample_contents());
  imported.run();
  SECTION("the same package again changes nothing") {
    CHECK(imported.run().written.empty());
  }
  SECTION("an edited deck file is a conflict, and nothing is written") {
    const fs::path deck = imported.repository / "decks/spanish.toml";
    std::ofstream(deck, std::ios::app) << "# my note\n";
    fs::remove(imported.repository / "decks/media/hola.mp3");
    CHECK_THROWS_WITH(imported.run(), "1 file already exists with other content; nothing was written (--force "
                                      "overwrites them):\n  decks/spanish.toml");
    CHECK_FALSE(fs::exists(imported.repository / "decks/media/hola.mp3"));
    CHECK(imported.run(true).written == std::vector<std::string>{"decks/spanish.toml", "decks/media/hola.mp3"});
  }
  SECTION("a lock entry that says something else is a conflict too") {
    test::fixture::Contents newer = test::sample_contents();
    newer.notes[0].mod += 100;
    imported.write(newer);
    CHECK_THROWS_WITH(imported.run(), Catch::Contains("decks/deckpress.lock (1 entries)"));
  }
}

TEST_CASE("adding to a repository: a note type keeps its folder, another one of the same name gets its own") {
  Imported imported(test::sample_contents());
  imported.run();
  test::fixture::Contents other = test::sample_contents();
  other.decks = {{.id = 1900000000001, .name = "French"}};
  other.note_types[1].id = 1900000000002;  // another collection's Cloze
  for (auto& note : other.notes) {
    note.guid += "-fr";
    if (note.note_type_id == test::cloze_id) note.note_type_id = 1900000000002;
  }
  for (auto& card : other.cards) card.deck_id = 1900000000001;
  other.borrowed.clear();
  imported.write(other);
  const ImportSummary summary = imported.run();
  CHECK(summary.deck_files == std::vector<std::string>{"decks/french.toml"});
  const std::string deck = imported.file("decks/french.toml");
  CHECK(deck.find("note_type = \"basic\"\n") != std::string::npos);
  CHECK(deck.find("type = \"cloze-2\"\n") != std::string::npos);
  CHECK(imported.file("decks/templates/cloze-2/notetype.toml").find("id = 1900000000002\n") != std::string::npos);
}

TEST_CASE("names from the package never become paths outside the repository's decks folder") {
  test::fixture::Contents contents = test::sample_contents();
  contents.decks[0].name = "../../escape";
  contents.decks[1].name = "../../escape::../up";
  contents.note_types[0].name = "../../../etc/passwd";
  contents.note_types[0].templates[0].name = "/absolute";
  Imported imported(contents);
  const ImportSummary summary = imported.run();
  for (const std::string& path : summary.written) {
    INFO(path);
    CHECK(path.starts_with("decks/"));
    CHECK(path.find("..") == std::string::npos);
  }
  CHECK(summary.deck_files == std::vector<std::string>{"decks/escape.toml"});
  CHECK(fs::exists(imported.repository / "decks/templates/etc-passwd/absolute.front.html"));
  CHECK_FALSE(fs::exists(imported.dir.path() / "escape.toml"));
}

TEST_CASE("note types no note uses are written, and the first deck file carries them in note_types") {
  test::fixture::Contents contents = test::sample_contents();
  package::NoteType unused = contents.note_types[0];
  unused.id = 1900000000001;
  unused.name = "Einfach";
  unused.mod = 1700000700;
  contents.note_types.push_back(unused);
  // A second top-level deck, after "Spanish" by name: its file is written second and carries nothing.
  contents.decks.push_back({.id = 1900000000002, .name = "Zahlen"});
  contents = with_note(contents, {.id = 1900000000100, .guid = "w1", .note_type_id = test::basic_id,
                                  .fields = {"a", "b"}}, 1900000000002);
  // A note type whose only note is left out is unused too; the list follows the package's order (by id).
  contents.note_types[1].id = 1900000000003;
  for (auto& note : contents.notes)
    if (note.guid == "c(y&2") note.note_type_id = 1900000000003;
  contents.notes[1].fields[0] = "no deletion";
  Imported imported(contents);
  const ImportSummary summary = imported.run();
  CHECK(summary.deck_files == std::vector<std::string>{"decks/spanish.toml", "decks/zahlen.toml"});
  CHECK(summary.note_types == 3);
  CHECK(imported.file("decks/spanish.toml").find("note_type = \"basic\"\nnote_types = [\"einfach\", \"cloze\"]\n") !=
        std::string::npos);
  CHECK(imported.file("decks/zahlen.toml").find("note_types") == std::string::npos);
  CHECK(imported.file("decks/templates/einfach/notetype.toml").find("id = 1900000000001\n") != std::string::npos);
  CHECK(imported.file("decks/deckpress.lock").find("\nnotetype 1900000000001 - ") != std::string::npos);
}

TEST_CASE("a note type no note uses whose names are not UTF-8 is left out, with a warning naming its id") {
  test::fixture::Contents contents = test::sample_contents();
  package::NoteType latin1 = contents.note_types[0];
  latin1.id = 1900000000001;
  latin1.name = "Caf\xe9";
  contents.note_types.push_back(latin1);
  Imported imported(contents);
  const ImportSummary summary = imported.run();
  CHECK(summary.note_types == 2);
  CHECK(summary.warnings == std::vector<std::string>{"left out note type 1900000000001, whose names are not UTF-8 text"});
  CHECK(imported.file("decks/spanish.toml").find("note_types") == std::string::npos);
}

TEST_CASE("note types are left out, with a warning, when the package has no note to make a deck file for") {
  test::fixture::Contents contents = test::sample_contents();
  contents.notes.clear();
  contents.cards.clear();
  contents.borrowed.clear();
  Imported imported(contents);
  const ImportSummary summary = imported.run();
  CHECK(summary.deck_files.empty());
  CHECK(summary.warnings ==
        std::vector<std::string>{"left out 2 note types: a deck file carries them, and the package has no note to make one for"});
}

TEST_CASE("a corrupt media member stops the import, naming the package and the member, and nothing is written") {
  SECTION("a zstd frame cut short: the repository is not even made") {
    Imported imported(test::sample_contents());
    const std::string frame = test::fixture::zstd_frame(std::string(100000, 'x'));
    test::fixture::replace_member(imported.package, "1", frame.substr(0, frame.size() / 2));
    CHECK_THROWS_WITH(imported.run(), imported.package.string() + ": media file \"hola.mp3\": media member 1 is not "
                                                                  "valid zstd data: it ends inside a frame; nothing "
                                                                  "was written");
    CHECK_FALSE(fs::exists(imported.repository));
  }
  SECTION("a member whose CRC is wrong, added to a repository: it stays as it was") {
    Imported imported(test::sample_contents());
    imported.run();
    const auto before = files_under(imported.repository);
    test::fixture::Contents other = test::sample_contents();
    other.decks = {{.id = 1900000000001, .name = "French"}};
    for (auto& note : other.notes) note.guid += "-fr";
    for (auto& card : other.cards) card.deck_id = 1900000000001;
    other.borrowed.clear();
    other.notes[0].fields[0] += "<img src=\"chat.png\">";
    other.media.push_back({"chat.png", "a cat, a picture of one"});
    test::fixture::write_package(other, package::Format::legacy2, imported.package);
    damage_stored_bytes(imported.package, "a cat, a picture of one");
    CHECK_THROWS_WITH(imported.run(), imported.package.string() + ": media file \"chat.png\": cannot read 2: CRC "
                                                                  "error; nothing was written");
    CHECK(files_under(imported.repository) == before);
  }
}

TEST_CASE("a notetype.toml whose id cannot be read stops the import, naming the file and the place") {
  Imported imported(test::sample_contents());
  const fs::path file = imported.repository / "decks/templates/mine/notetype.toml";
  const std::string where = file.generic_string();
  fs::create_directories(file.parent_path());
  SECTION("an id that is not a number") {
    std::ofstream(file) << "name = \"Mine\"\nid = \"abc\"\n";
    CHECK_THROWS_WITH(imported.run(), where + ":2:6: error: 'id' must be a whole number, not a string");
  }
  SECTION("an id out of range") {
    std::ofstream(file) << "name = \"Mine\"\nid = 99999999999999999999\n";
    CHECK_THROWS_WITH(imported.run(), where + ":2:26: error: Error while parsing decimal integer: "
                                               "'99999999999999999999' is not representable in 64 bits");
  }
  CHECK(files_under(imported.repository) == std::map<std::string, std::string>{
      {"decks/templates/mine/notetype.toml", test::fixture::file_bytes(file)}});
}
