#pragma once
// Writes small Anki packages the way other tools write them, by following
// the formats (see the package stage's references): legacy packages with the
// JSON shapes of Anki 2.1.16's exporter or of genanki, and current ones as
// Anki 2.1.50 and later export them (meta, zstd collection.anki21b at schema
// 18 with protobuf blobs, a stub collection.anki2, zstd media map and files).
// Header-only test code; deckpress itself never writes these formats.
#include <sqlite3.h>
#include <zip.h>
#include <zstd.h>

#include <SQLiteCpp/SQLiteCpp.h>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "package/model.h"
#include "support/temp_dir.h"

namespace test::fixture {

namespace fs = std::filesystem;
using deckpress::package::Format;
using nlohmann::json;

struct MediaFile {
  std::string name;
  std::string bytes;
};

// What the package holds: ids are written as given.
struct Contents {
  std::vector<deckpress::package::Deck> decks;  // without Default, which every collection has
  std::vector<deckpress::package::NoteType> note_types;
  std::vector<deckpress::package::Note> notes;
  std::vector<deckpress::package::Card> cards;
  std::vector<MediaFile> media;
  // Cards a filtered deck holds now: card id -> the filtered deck's id.
  std::map<int64_t, int64_t> borrowed;
};

// How a legacy package's JSON looks: Anki's own exporter, or genanki.
enum class Writer { anki, genanki };

// --- protobuf, the few wire types Anki's messages use ---

inline void put_varint(std::string& out, uint64_t value) {
  for (; value >= 0x80; value >>= 7) out += static_cast<char>((value & 0x7f) | 0x80);
  out += static_cast<char>(value);
}
inline void put_uint(std::string& out, uint32_t number, uint64_t value) {
  put_varint(out, uint64_t{number} << 3);
  put_varint(out, value);
}
inline void put_bytes(std::string& out, uint32_t number, const std::string& bytes) {
  put_varint(out, (uint64_t{number} << 3) | 2);
  put_varint(out, bytes.size());
  out += bytes;
}

// One zstd frame without a declared size, as Anki writes them.
inline std::string zstd_frame(const std::string& bytes) {
  ZSTD_CCtx* context = ZSTD_createCCtx();
  ZSTD_CCtx_setParameter(context, ZSTD_c_contentSizeFlag, 0);
  std::string out(ZSTD_compressBound(bytes.size()), '\0');
  ZSTD_outBuffer output{out.data(), out.size(), 0};
  ZSTD_inBuffer input{bytes.data(), bytes.size(), 0};
  size_t left = 1;
  while (left != 0) left = ZSTD_compressStream2(context, &output, &input, ZSTD_e_end);
  ZSTD_freeCCtx(context);
  out.resize(output.pos);
  return out;
}

struct Member {
  std::string name;
  std::string bytes;
  bool deflate = false;
};

inline void write_zip(const fs::path& out, const std::vector<Member>& members) {
  zip_t* archive = zip_open(out.c_str(), ZIP_CREATE | ZIP_TRUNCATE, nullptr);
  REQUIRE(archive);
  for (const Member& member : members) {
    zip_source_t* source = zip_source_buffer(archive, member.bytes.data(), member.bytes.size(), 0);
    const zip_int64_t index = zip_file_add(archive, member.name.c_str(), source, 0);
    REQUIRE(index >= 0);
    zip_set_file_compression(archive, static_cast<zip_uint64_t>(index),
                             member.deflate ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0);
  }
  REQUIRE(zip_close(archive) == 0);
}

// The archive with the bytes of its member `name` replaced by `bytes`, stored.
inline void replace_member(const fs::path& archive_path, const std::string& name, const std::string& bytes) {
  zip_t* archive = zip_open(archive_path.c_str(), 0, nullptr);
  REQUIRE(archive);
  const zip_int64_t index = zip_name_locate(archive, name.c_str(), 0);
  REQUIRE(index >= 0);
  zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
  REQUIRE(zip_file_replace(archive, static_cast<zip_uint64_t>(index), source, 0) == 0);
  zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
  REQUIRE(zip_close(archive) == 0);
}

inline std::string file_bytes(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// --- schema 11 ---

inline json field_json(const deckpress::package::Field& field, int ord, Writer writer) {
  const deckpress::FieldSettings& settings = field.settings;
  json out = {{"name", field.name},   {"ord", ord},  {"sticky", settings.sticky}, {"rtl", settings.rtl},
              {"font", writer == Writer::genanki ? "Liberation Sans" : settings.font},
              {"size", settings.font_size}, {"media", json::array()}};
  if (field.id) out["id"] = *field.id;
  if (!settings.description.empty()) out["description"] = settings.description;
  return out;
}

inline json template_json(const deckpress::package::Template& card, int ord) {
  json out = {{"name", card.name},         {"ord", ord},
              {"qfmt", card.front},        {"afmt", card.back},
              {"bqfmt", card.browser_front}, {"bafmt", card.browser_back},
              {"did", nullptr},            {"bfont", card.browser_font},
              {"bsize", card.browser_font_size}};
  if (card.id) out["id"] = *card.id;
  return out;
}

inline json model_json(const deckpress::package::NoteType& type, Writer writer) {
  json fields = json::array();
  for (size_t i = 0; i < type.fields.size(); ++i)
    fields.push_back(field_json(type.fields[i], static_cast<int>(i), writer));
  json templates = json::array();
  for (size_t i = 0; i < type.templates.size(); ++i)
    templates.push_back(template_json(type.templates[i], static_cast<int>(i)));
  // genanki writes the id as a string; Anki as a number.
  json id = writer == Writer::genanki ? json(std::to_string(type.id)) : json(type.id);
  json out = {{"id", id},           {"name", type.name},       {"type", type.is_cloze ? 1 : 0},
              {"mod", type.mod},    {"usn", -1},                {"sortf", type.sort_field},
              {"did", nullptr},     {"flds", fields},           {"tmpls", templates},
              {"css", type.css},    {"latexPre", type.latex_pre}, {"latexPost", type.latex_post},
              {"latexsvg", type.latex_svg}, {"req", json::array()}, {"tags", json::array()},
              {"vers", json::array()}};
  if (type.original_stock_kind != deckpress::package::StockKind::unknown)
    out["originalStockKind"] = static_cast<int64_t>(type.original_stock_kind);
  return out;
}

inline json deck_json(const deckpress::package::Deck& deck) {
  const json none = {0, 0};
  return {{"id", deck.id},    {"name", deck.name},   {"desc", deck.description}, {"mod", 1425279151},
          {"usn", -1},        {"collapsed", false},  {"browserCollapsed", false},
          {"dyn", deck.filtered ? 1 : 0}, {"conf", 1}, {"extendNew", 10},   {"extendRev", 50},
          {"newToday", none}, {"revToday", none},    {"lrnToday", none},    {"timeToday", none}};
}

inline const char* schema11_ddl() {
  return "CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null,"
         " scm integer not null, ver integer not null, dty integer not null, usn integer not null,"
         " ls integer not null, conf text not null, models text not null, decks text not null,"
         " dconf text not null, tags text not null);"
         "CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null,"
         " mod integer not null, usn integer not null, tags text not null, flds text not null,"
         " sfld integer not null, csum integer not null, flags integer not null, data text not null);"
         "CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null,"
         " ord integer not null, mod integer not null, usn integer not null, type integer not null,"
         " queue integer not null, due integer not null, ivl integer not null, factor integer not null,"
         " reps integer not null, lapses integer not null, left integer not null, odue integer not null,"
         " odid integer not null, flags integer not null, data text not null);"
         "CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null,"
         " ease integer not null, ivl integer not null, lastIvl integer not null,"
         " factor integer not null, time integer not null, type integer not null);"
         "CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);";
}

inline std::string joined(const std::vector<std::string>& parts, const std::string& separator) {
  std::string out;
  for (const std::string& part : parts) out += (&part == &parts.front() ? "" : separator) + part;
  return out;
}

inline void insert_notes_and_cards(SQLite::Database& db, const Contents& contents) {
  SQLite::Statement note(db, "INSERT INTO notes VALUES (?,?,?,?,-1,?,?,?,0,0,'')");
  for (const auto& n : contents.notes) {
    note.bind(1, n.id);
    note.bind(2, n.guid);
    note.bind(3, n.note_type_id);
    note.bind(4, n.mod);
    note.bind(5, n.tags.empty() ? "" : " " + joined(n.tags, " ") + " ");
    note.bind(6, joined(n.fields, "\x1f"));
    note.bind(7, n.fields.empty() ? "" : n.fields.front());
    note.exec();
    note.reset();
  }
  SQLite::Statement card(db, "INSERT INTO cards VALUES (?,?,?,?,0,-1,0,0,?,0,0,0,0,0,0,?,0,'')");
  for (const auto& c : contents.cards) {
    const auto borrowed = contents.borrowed.find(c.id);
    const bool filtered = borrowed != contents.borrowed.end();
    card.bind(1, c.id);
    card.bind(2, c.note_id);
    card.bind(3, filtered ? borrowed->second : c.deck_id);
    card.bind(4, c.ord);
    card.bind(5, c.id % 1000);
    card.bind(6, filtered ? c.deck_id : 0);
    card.exec();
    card.reset();
  }
}

inline void write_schema11(const fs::path& db_path, const Contents& contents, Writer writer) {
  SQLite::Database db(db_path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  db.exec(schema11_ddl());
  json models = json::object();
  for (const auto& type : contents.note_types)
    models[std::to_string(type.id)] = model_json(type, writer);
  json decks = {{"1", deck_json({.id = 1, .name = "Default"})}};
  for (const auto& deck : contents.decks) decks[std::to_string(deck.id)] = deck_json(deck);
  SQLite::Statement col(db, "INSERT INTO col VALUES (1,1411124400,1425279151694,1425279151690,11,"
                            "0,0,0,'{\"nextPos\":1}',?,?,'{}','{}')");
  col.bind(1, models.dump());
  col.bind(2, decks.dump());
  col.exec();
  insert_notes_and_cards(db, contents);
}

// --- schema 18 ---

inline const char* schema18_ddl() {
  return "CREATE TABLE notetypes (id integer not null primary key, name text not null COLLATE unicase,"
         " mtime_secs integer not null, usn integer not null, config blob not null);"
         "CREATE TABLE fields (ntid integer not null, ord integer not null, name text not null COLLATE"
         " unicase, config blob not null, PRIMARY KEY (ntid, ord)) without rowid;"
         "CREATE TABLE templates (ntid integer not null, ord integer not null, name text not null"
         " COLLATE unicase, mtime_secs integer not null, usn integer not null, config blob not null,"
         " PRIMARY KEY (ntid, ord)) without rowid;"
         "CREATE TABLE decks (id integer primary key not null, name text not null COLLATE unicase,"
         " mtime_secs integer not null, usn integer not null, common blob not null, kind blob not null);"
         "CREATE UNIQUE INDEX idx_decks_name ON decks (name);"
         "CREATE TABLE tags (tag text not null primary key COLLATE unicase, usn integer not null,"
         " collapsed boolean not null, config blob null) without rowid;";
}

inline std::string note_type_config(const deckpress::package::NoteType& type) {
  std::string config;
  put_uint(config, 1, type.is_cloze ? 1 : 0);
  put_uint(config, 2, static_cast<uint64_t>(type.sort_field));
  put_bytes(config, 3, type.css);
  put_bytes(config, 5, type.latex_pre);
  put_bytes(config, 6, type.latex_post);
  put_uint(config, 9, static_cast<uint64_t>(type.original_stock_kind));
  put_bytes(config, 255, "{\"vers\":[]}");
  return config;
}

inline std::string field_config(const deckpress::package::Field& field) {
  std::string config;
  put_uint(config, 2, field.settings.rtl);
  put_bytes(config, 3, field.settings.font);
  put_uint(config, 4, static_cast<uint64_t>(field.settings.font_size));
  put_bytes(config, 5, field.settings.description);
  if (field.id) put_uint(config, 9, static_cast<uint64_t>(*field.id));
  if (field.settings.tag) put_uint(config, 10, static_cast<uint64_t>(*field.settings.tag));
  return config;
}

inline std::string template_config(const deckpress::package::Template& card) {
  std::string config;
  put_bytes(config, 1, card.front);
  put_bytes(config, 2, card.back);
  put_bytes(config, 3, card.browser_front);
  if (card.id) put_uint(config, 8, static_cast<uint64_t>(*card.id));
  return config;
}

inline std::string deck_kind(const deckpress::package::Deck& deck) {
  std::string kind;
  if (deck.filtered) {
    std::string filtered;
    put_uint(filtered, 1, 1);
    put_bytes(kind, 2, filtered);
    return kind;
  }
  std::string normal;
  put_uint(normal, 1, 1);
  put_bytes(normal, 4, deck.description);
  put_bytes(kind, 1, normal);
  return kind;
}

inline void insert_note_type_rows(SQLite::Database& db, const deckpress::package::NoteType& type) {
  SQLite::Statement row(db, "INSERT INTO notetypes VALUES (?,?,?,0,?)");
  row.bind(1, type.id);
  row.bind(2, type.name);
  row.bind(3, type.mod);
  const std::string config = note_type_config(type);
  row.bind(4, config.data(), static_cast<int>(config.size()));
  row.exec();
  for (size_t i = 0; i < type.fields.size(); ++i) {
    SQLite::Statement field(db, "INSERT INTO fields VALUES (?,?,?,?)");
    const std::string blob = field_config(type.fields[i]);
    field.bind(1, type.id);
    field.bind(2, static_cast<int>(i));
    field.bind(3, type.fields[i].name);
    field.bind(4, blob.data(), static_cast<int>(blob.size()));
    field.exec();
  }
  for (size_t i = 0; i < type.templates.size(); ++i) {
    SQLite::Statement card(db, "INSERT INTO templates VALUES (?,?,?,0,0,?)");
    const std::string blob = template_config(type.templates[i]);
    card.bind(1, type.id);
    card.bind(2, static_cast<int>(i));
    card.bind(3, type.templates[i].name);
    card.bind(4, blob.data(), static_cast<int>(blob.size()));
    card.exec();
  }
}

inline void insert_deck_row(SQLite::Database& db, const deckpress::package::Deck& deck) {
  std::string name = deck.name;
  for (size_t at; (at = name.find("::")) != std::string::npos;) name.replace(at, 2, "\x1f");
  SQLite::Statement row(db, "INSERT INTO decks VALUES (?,?,0,0,'',?)");
  const std::string kind = deck_kind(deck);
  row.bind(1, deck.id);
  row.bind(2, name);
  row.bind(3, kind.data(), static_cast<int>(kind.size()));
  row.exec();
}

// ASCII case-insensitive, enough for names a test writes.
inline int fixture_unicase(void*, int a_size, const void* a, int b_size, const void* b) {
  const int result = sqlite3_strnicmp(static_cast<const char*>(a), static_cast<const char*>(b),
                                      std::min(a_size, b_size));
  return result != 0 ? result : a_size - b_size;
}

inline void write_schema18(const fs::path& db_path, const Contents& contents) {
  SQLite::Database db(db_path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  sqlite3_create_collation_v2(db.getHandle(), "unicase", SQLITE_UTF8, nullptr, fixture_unicase, nullptr);
  db.exec(schema11_ddl());
  db.exec(schema18_ddl());
  db.exec("INSERT INTO col VALUES (1,1411124400,1425279151694,1425279151690,18,0,0,0,'','','','','')");
  for (const auto& type : contents.note_types) insert_note_type_rows(db, type);
  // Anki's exporter deletes the stock note types but leaves their field and
  // template rows behind: a reader must skip these orphans.
  db.exec("INSERT INTO fields VALUES (1, 0, 'Orphan', x'')");
  db.exec("INSERT INTO templates VALUES (1, 0, 'Orphan', 0, 0, x'')");
  insert_deck_row(db, {.id = 1, .name = "Default"});
  for (const auto& deck : contents.decks) insert_deck_row(db, deck);
  insert_notes_and_cards(db, contents);
  db.exec("PRAGMA journal_mode = WAL");  // as Anki leaves a schema-18 file
}

// --- packages ---

// The stub current packages carry for old clients: never read.
inline std::string stub_collection(const test::TempDir& dir) {
  const fs::path path = dir.path() / "stub.anki2";
  Contents stub;
  stub.notes = {{.id = 1, .guid = "stub", .note_type_id = 1, .mod = 1,
                 .fields = {"Please update to the latest Anki version, then import the .colpkg/.apkg file again.", ""}}};
  write_schema11(path, stub, Writer::anki);
  return file_bytes(path);
}

inline void write_package(const Contents& contents, Format format, const fs::path& out,
                          Writer writer = Writer::anki) {
  const test::TempDir dir("fixture");
  const fs::path db = dir.path() / "collection";
  std::vector<Member> members;
  if (format == Format::latest) {
    write_schema18(db, contents);
    members.push_back({"meta", std::string("\x08\x03", 2)});
    members.push_back({"collection.anki21b", zstd_frame(file_bytes(db))});
    members.push_back({"collection.anki2", stub_collection(dir)});
    std::string map;
    for (size_t i = 0; i < contents.media.size(); ++i) {
      const MediaFile& file = contents.media[i];
      members.push_back({std::to_string(i), zstd_frame(file.bytes)});
      std::string entry;
      put_bytes(entry, 1, file.name);
      put_uint(entry, 2, file.bytes.size());
      put_bytes(entry, 3, std::string(20, '\x5a'));
      put_bytes(map, 1, entry);
    }
    members.push_back({"media", zstd_frame(map)});
  } else {
    write_schema11(db, contents, writer);
    const bool v2 = format == Format::legacy2;
    if (v2) members.push_back({"collection.anki2", stub_collection(dir), true});
    members.push_back({v2 ? "collection.anki21" : "collection.anki2", file_bytes(db), true});
    json map = json::object();
    for (size_t i = 0; i < contents.media.size(); ++i) {
      members.push_back({std::to_string(i), contents.media[i].bytes});
      map[std::to_string(i)] = contents.media[i].name;
    }
    members.push_back({"media", map.dump(), true});
  }
  write_zip(out, members);
}

}  // namespace test::fixture
