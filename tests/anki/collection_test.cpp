#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <optional>

#include "anki/collection_json.h"
#include "anki/collection.h"
#include "anki/deflate.h"
#include "anki/ids.h"
#include "sample_package.h"

namespace package = deckpress::package;
using namespace deckpress::anki;
using namespace deckpress::anki::testing;
using nlohmann::json;
using deckpress::NoteType;

namespace {

// Writes the sample package and opens its collection.anki2.
struct WrittenCollection {
  test::TempDir dir;
  SamplePackage sample;
  std::filesystem::path db_path = dir.path() / "collection.anki2";
  std::unique_ptr<SQLite::Database> db;

  WrittenCollection() {
    write_package_file(sample.input, dir.path() / "sample.apkg");
    package::ZipReader(dir.path() / "sample.apkg").extract("collection.anki2", db_path, 1 << 20);
    db = std::make_unique<SQLite::Database>(db_path.string());
  }
  std::string text(const std::string& query) const { return db->execAndGet(query).getString(); }
  int64_t number(const std::string& query) const { return db->execAndGet(query).getInt64(); }
  json col_json(const std::string& column) const {
    return json::parse(text("SELECT " + column + " FROM col"));
  }
};

void require_keys(const json& object, std::initializer_list<const char*> keys) {
  for (const char* key : keys) {
    INFO(key << " in " << object.dump());
    CHECK(object.contains(key));
  }
}

}  // namespace

TEST_CASE("the database has Anki's schema 11 tables and indexes, nothing else") {
  WrittenCollection c;
  std::vector<std::string> objects;
  SQLite::Statement query(*c.db,
                          "SELECT type || ' ' || name FROM sqlite_master ORDER BY type, name");
  while (query.executeStep()) objects.push_back(query.getColumn(0).getString());
  CHECK(objects == std::vector<std::string>{"index ix_cards_nid", "index ix_cards_sched",
                                            "index ix_cards_usn", "index ix_notes_csum",
                                            "index ix_notes_usn", "index ix_revlog_cid",
                                            "index ix_revlog_usn", "table cards", "table col",
                                            "table graves", "table notes", "table revlog"});
  CHECK(c.text("SELECT sql FROM sqlite_master WHERE name = 'ix_cards_sched'") ==
        "CREATE INDEX ix_cards_sched ON cards (did, queue, due)");
  CHECK(c.number("PRAGMA page_size") == 16384);
  CHECK(c.text("PRAGMA journal_mode") == "delete");
}

TEST_CASE("the database built without a journal has a file's header: 16 KiB pages, rollback journal") {
  WrittenCollection c;
  const std::string header = read_bytes(c.db_path).substr(0, 20);
  CHECK(header.substr(0, 16) == std::string("SQLite format 3\0", 16));
  CHECK(header.substr(16, 4) == std::string("\x40\x00\x01\x01", 4));
}

// Points TMPDIR, where the collection is built, at `path` for one scope.
class TmpdirOverride {
 public:
  explicit TmpdirOverride(const std::filesystem::path& path) {
    if (const char* value = std::getenv("TMPDIR")) saved_ = value;
    ::setenv("TMPDIR", path.c_str(), 1);
  }
  ~TmpdirOverride() {
    if (saved_) ::setenv("TMPDIR", saved_->c_str(), 1);
    else ::unsetenv("TMPDIR");
  }

 private:
  std::optional<std::string> saved_;
};

TEST_CASE("the collection is built in the temporary folder and leaves nothing there") {
  test::TempDir temp("tmpdir"), out("out");
  SamplePackage sample;
  {
    TmpdirOverride tmpdir(temp.path());
    write_package_file(sample.input, out.path() / "sample.apkg");
  }
  CHECK(std::filesystem::file_size(out.path() / "sample.apkg") > 1000);
  CHECK(std::filesystem::is_empty(temp.path()));
  TmpdirOverride missing(temp.path() / "missing");
  CHECK_THROWS_WITH(write_package_file(sample.input, out.path() / "again.apkg"), Catch::Contains("missing"));
}

TEST_CASE("the col row holds version 11 and times from the input") {
  WrittenCollection c;
  CHECK(
      c.text("SELECT printf('%d %d %d %d %d %d %d', crt, mod, scm, ver, dty, usn, ls) FROM col") ==
      "1411124400 1411124400000 1411124400000 11 0 0 0");
  CHECK(c.text("SELECT tags FROM col") == "{}");
  CHECK(
      c.number("SELECT count(*) FROM col WHERE typeof(conf) = 'text' AND typeof(models) = 'text' "
               "AND typeof(decks) = 'text' AND typeof(dconf) = 'text' AND typeof(tags) = 'text'") ==
      1);
}

TEST_CASE("conf and dconf are Anki's stock settings, compact, with plain floats") {
  WrittenCollection c;
  CHECK(c.text("SELECT conf FROM col") ==
        R"({"activeDecks":[1],"addToCur":true,"collapseTime":1200,"curDeck":1,"curModel":)" +
            std::to_string(note_type_id("deckpress Basic")) +
            R"(,"dueCounts":true,"estTimes":true,"newBury":true,"newSpread":0,"nextPos":3,)"
            R"("sortBackwards":false,"sortType":"noteFld","timeLim":0})");
  CHECK(c.text("SELECT dconf FROM col") ==
        R"({"1":{"id":1,"mod":0,"name":"Default","usn":0,"maxTaken":60,"autoplay":true,"timer":0,)"
        R"("replayq":true,"dyn":false,"new":{"bury":false,"delays":[1,10],"initialFactor":2500,)"
        R"("ints":[1,4,0],"order":1,"perDay":20,"separate":true},"rev":{"bury":false,"ease4":1.3,)"
        R"("fuzz":0.05,"ivlFct":1,"maxIvl":36500,"minSpace":1,"perDay":200,"hardFactor":1.2},)"
        R"("lapse":{"delays":[10],"leechAction":1,"leechFails":8,"minInt":1,"mult":0}}})");
}

TEST_CASE("decks: Default and the package's decks, parents left for Anki to create") {
  WrittenCollection c;
  const json decks = c.col_json("decks");
  std::vector<std::string> names;
  for (const auto& [key, deck] : decks.items()) {
    require_keys(
        deck, {"id", "name", "usn", "collapsed", "dyn", "conf", "newToday", "revToday", "lrnToday",
               "timeToday", "mod", "desc", "browserCollapsed", "extendNew", "extendRev"});
    CHECK(std::to_string(deck["id"].get<int64_t>()) == key);
    CHECK(deck["conf"] == 1);
    CHECK(deck["dyn"] == 0);
    names.push_back(deck["name"]);
  }
  std::sort(names.begin(), names.end());
  CHECK(names == std::vector<std::string>{"Default", "Python::Basics"});
  CHECK(decks["1"]["name"] == "Default");
  const json& basics = decks[std::to_string(deck_id("Python::Basics"))];
  CHECK(basics["desc"] == "<p>Intro</p>");
  CHECK(basics["mod"] == 1411124400);
}

TEST_CASE("models carry every key Anki parses, fields and templates with ids") {
  WrittenCollection c;
  const json models = c.col_json("models");
  REQUIRE(models.size() == 2);
  const json& basic = models[std::to_string(note_type_id("deckpress Basic"))];
  require_keys(basic, {"id", "name", "type", "mod", "usn", "sortf", "did", "flds", "tmpls", "css",
                       "latexPre", "latexPost", "latexsvg", "req", "tags", "vers"});
  CHECK(basic["type"] == 0);
  CHECK(basic["mod"] == 1411124400);
  CHECK(basic["did"] == deck_id("Python::Basics"));
  CHECK(basic["req"] == json::parse(R"([[0,"any",[0]]])"));
  CHECK(basic["latexPost"] == "\\end{document}");
  for (const json& field : basic["flds"]) {
    require_keys(field, {"name", "ord", "sticky", "rtl", "font", "size", "media", "id"});
  }
  CHECK(basic["flds"][1]["name"] == "Back");
  CHECK(basic["flds"][1]["ord"] == 1);
  CHECK(basic["flds"][1]["id"] == field_id(note_type_id("deckpress Basic"), "back"));
  const json& card = basic["tmpls"][0];
  require_keys(card,
               {"name", "ord", "qfmt", "afmt", "bqfmt", "bafmt", "did", "bfont", "bsize", "id"});
  CHECK(card["qfmt"] == "{{Front}}");
  CHECK(card["did"].is_null());

  const json& cloze = models[std::to_string(note_type_id("deckpress Cloze"))];
  CHECK(cloze["type"] == 1);
  CHECK(cloze["tmpls"].size() == 1);
}

TEST_CASE("notes: in id order, fields joined, sort field stripped, tags spaced") {
  WrittenCollection c;
  SQLite::Statement notes(*c.db,
                          "SELECT id, guid, mid, mod, usn, tags, flds, sfld, csum, flags, data, "
                          "typeof(guid), typeof(flds) FROM notes ORDER BY rowid");
  REQUIRE(notes.executeStep());
  CHECK(notes.getColumn(0).getInt64() == first_note_id);
  CHECK(notes.getColumn(1).getString() == "basicguid");
  CHECK(notes.getColumn(2).getInt64() == note_type_id("deckpress Basic"));
  CHECK(notes.getColumn(3).getInt64() == 1411124600);
  CHECK(notes.getColumn(4).getInt() == -1);
  CHECK(notes.getColumn(5).getString() == " python basics ");
  CHECK(notes.getColumn(6).getString() ==
        "<b>x</b> &lt; y&nbsp;z\x1f"
        "Back");
  CHECK(notes.getColumn(7).getString() == "x < y z");
  CHECK(notes.getColumn(8).getInt64() == 3378708456);  // SHA-1 of "x < y z", by hashlib
  CHECK(notes.getColumn(9).getInt() == 0);
  CHECK(notes.getColumn(10).getString() == "");
  CHECK(notes.getColumn(11).getString() == "text");
  CHECK(notes.getColumn(12).getString() == "text");
  REQUIRE(notes.executeStep());
  CHECK(notes.getColumn(1).getString() == "clozeguid");
  CHECK(notes.getColumn(5).getString() == "");
  CHECK_FALSE(notes.executeStep());
}

TEST_CASE("cards: one per ord, due by note position, unique ids below the note's") {
  WrittenCollection c;
  SQLite::Statement cards(*c.db, "SELECT id, nid, did, ord, mod, due FROM cards ORDER BY rowid");
  std::vector<std::vector<int64_t>> rows;
  while (cards.executeStep()) {
    std::vector<int64_t> row;
    for (int i = 0; i < 6; ++i) row.push_back(cards.getColumn(i).getInt64());
    rows.push_back(row);
  }
  const int64_t deck = deck_id("Python::Basics");
  // The cloze note comes first in the input, so its cards are due first.
  CHECK(rows == std::vector<std::vector<int64_t>>{
                    {first_note_id - 1, first_note_id, deck, 0, 1411124600, 2},
                    {first_note_id, first_note_id + 1, deck, 1, 1411124500, 1},
                    {first_note_id + 1, first_note_id + 1, deck, 0, 1411124500, 1}});
  CHECK(
      c.text(
          "SELECT group_concat(DISTINCT printf('%d %d %d %d %d %d %d %d %d %d %d [%s]', usn, type, "
          "queue, ivl, factor, reps, lapses, left, odue, odid, flags, data)) FROM cards") ==
      "-1 0 0 0 0 0 0 0 0 0 0 []");
}

TEST_CASE("field ids derive from field keys and template ids from template keys, not display names") {
  SamplePackage sample;
  NoteType renamed = sample.basic;
  renamed.fields = {"Question", "Answer"};
  renamed.templates[0].name = "Recall";
  renamed.templates[0].key = "forward";
  NoteType keyed = sample.basic;
  keyed.templates[0].key = "forward";
  const int64_t type = note_type_id("deckpress Basic");
  const json before = note_type_json(keyed, 0, 0), after = note_type_json(renamed, 0, 0);
  CHECK(after["flds"][0]["id"] == before["flds"][0]["id"]);
  CHECK(after["flds"][1]["id"] == field_id(type, "back"));
  CHECK(after["tmpls"][0]["id"] == before["tmpls"][0]["id"]);
  CHECK(after["tmpls"][0]["id"] == template_id(type, "forward"));
  // Without a key, a template's id comes from its name.
  CHECK(note_type_json(sample.basic, 0, 0)["tmpls"][0]["id"] == template_id(type, "Card 1"));
}

TEST_CASE("everything a note type stores but its mod and deck changes its stored text") {
  SamplePackage sample;
  const std::string base = note_type_stored_text(sample.basic);
  auto changed = [&](auto edit) {
    NoteType type = sample.basic;
    edit(type);
    return note_type_stored_text(type) != base;
  };
  CHECK(changed([](NoteType& t) { t.sort_field = 1; }));
  CHECK(changed([](NoteType& t) { t.fields[1] = "Answer"; }));
  CHECK(changed([](NoteType& t) { t.field_keys[1] = "answer"; }));
  CHECK(changed([](NoteType& t) { t.templates[0].name = "Recall"; }));
  CHECK(changed([](NoteType& t) { t.templates[0].key = "recall"; }));
  CHECK(changed([](NoteType& t) { t.templates[0].back += "!"; }));
  CHECK(changed([](NoteType& t) { t.css += "b{}"; }));
  CHECK(changed([](NoteType& t) { t.is_cloze = true; }));
  CHECK(note_type_json(sample.basic, 5, 7).dump() != base);
  CHECK(note_type_stored_text(sample.basic) == base);
}

TEST_CASE("a deck named Default is Anki's deck 1: its cards go there, and no second Default is made") {
  test::TempDir dir;
  SamplePackage sample;
  sample.input.decks = {{"Default", ""}, {"Default::Verbs", "<p>Verbs</p>"}};
  sample.input.notes[0].deck_name = "Default";
  sample.input.notes[1].deck_name = "Default::Verbs";
  write_package_file(sample.input, dir.path() / "default.apkg");
  package::ZipReader(dir.path() / "default.apkg").extract("collection.anki2", dir.path() / "c.anki2", 1 << 20);
  SQLite::Database db((dir.path() / "c.anki2").string());
  const json decks = json::parse(db.execAndGet("SELECT decks FROM col").getString());
  CHECK(decks.size() == 2);
  CHECK(decks["1"]["name"] == "Default");
  CHECK(decks[std::to_string(deck_id("Default::Verbs"))]["desc"] == "<p>Verbs</p>");
  CHECK(db.execAndGet("SELECT group_concat(did) FROM (SELECT did FROM cards ORDER BY did)").getString() ==
        "1,1," + std::to_string(deck_id("Default::Verbs")));
}

namespace {

// The bytes of a file read through its ByteSource.
std::string bytes_of(const deckpress::ByteSource& source) {
  std::string bytes(source.size, '\0');
  source.read(0, bytes);
  return bytes;
}

}  // namespace

// What makes deflating the notes' slices early pay (anki/deflate.h): once
// the notes are in, the file's bytes past its first slice never change.
TEST_CASE("the collection's bytes as the notes are written stay, but for its first slice") {
  SamplePackage sample;
  std::vector<std::string> texts;
  for (int i = 0; i < 4000; ++i) texts.push_back("question " + std::to_string(i) + std::string(600, 'q'));
  PackageInput input;
  input.created = sample.input.created;
  input.decks = sample.input.decks;
  input.note_types = {{&sample.basic, 1411124400}};
  for (int i = 0; i < 4000; ++i)
    input.notes.push_back({.guid = "g" + std::to_string(i), .id = first_note_id + i, .mod = 1411124500,
                           .type = &sample.basic, .fields_html = {texts[i], "answer"}, .tags = {},
                           .deck_name = "Python::Basics", .card_ords = {0}});
  std::string midway, final;
  with_collection_file(
      input, [&](const deckpress::ByteSource& notes) { midway = bytes_of(notes); },
      [&](const deckpress::ByteSource& file) { final = bytes_of(file); });
  const size_t slice = SliceDeflater::kSliceBytes;
  REQUIRE(midway.size() > 4 * slice);
  REQUIRE(final.size() > midway.size());
  CHECK(final.substr(slice, midway.size() - slice) == midway.substr(slice));
  CHECK(final.substr(0, slice) != midway.substr(0, slice));  // the header's counters move
}
