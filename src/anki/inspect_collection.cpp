#include "anki/inspect_collection.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

#include "deck/limits.h"

namespace deckpress::anki {
namespace {

using nlohmann::json;

std::vector<std::string> split(const std::string& text, char separator, bool keep_empty) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t end = text.find(separator);; end = text.find(separator, start)) {
    std::string part = text.substr(start, end == std::string::npos ? end : end - start);
    if (keep_empty || !part.empty()) parts.push_back(std::move(part));
    if (end == std::string::npos) return parts;
    start = end + 1;
  }
}

// Ids are the object keys; other tools sometimes write the inner id as a string.
int64_t key_id(const std::string& key) {
  try {
    return std::stoll(key);
  } catch (const std::exception&) {
    throw std::runtime_error("id \"" + key + "\" is not a number");
  }
}

std::vector<InspectedDeck> parse_decks(const json& decks) {
  std::vector<InspectedDeck> parsed;
  for (const auto& [key, deck] : decks.items()) {
    parsed.push_back({key_id(key), deck.at("name").get<std::string>(), deck.value("desc", "")});
  }
  std::sort(parsed.begin(), parsed.end(),
            [](const InspectedDeck& a, const InspectedDeck& b) { return a.name < b.name; });
  return parsed;
}

InspectedNoteType parse_note_type(const std::string& key, const json& model) {
  InspectedNoteType type{key_id(key),
                         model.at("name").get<std::string>(),
                         model.value("type", 0) == 1,
                         {},
                         {},
                         model.value("css", ""),
                         model.value("sortf", 0)};
  for (const json& field : model.at("flds"))
    type.fields.push_back(field.at("name").get<std::string>());
  for (const json& card : model.at("tmpls")) {
    type.templates.push_back(
        {card.at("name").get<std::string>(), card.value("qfmt", ""), card.value("afmt", "")});
  }
  return type;
}

void read_col_row(SQLite::Database& db, PackageContents& contents) {
  SQLite::Statement col(db, "SELECT ver, decks, models FROM col");
  if (!col.executeStep()) throw std::runtime_error("the col table is empty");
  contents.schema_version = col.getColumn(0).getInt();
  // 11 keeps decks and note types as JSON in col; 12 and 13 never opened in
  // Anki, and 14-18 moved them into tables of their own.
  if (contents.schema_version != 11)
    throw std::runtime_error("collection schema " + std::to_string(contents.schema_version) +
                             " is not one deckpress reads (only 11, as in .apkg files for every Anki)");
  try {
    contents.decks = parse_decks(json::parse(col.getColumn(1).getString()));
    const json models = json::parse(col.getColumn(2).getString());
    for (const auto& [key, model] : models.items()) {
      contents.note_types.push_back(parse_note_type(key, model));
    }
  } catch (const json::exception& e) {
    throw std::runtime_error(std::string("unexpected deck or note type JSON: ") + e.what());
  }
}

// A note's fields are read whole; one larger than this is refused before it
// is loaded, so a hostile collection cannot make inspect or diff exhaust memory.
constexpr int64_t max_note_fields_bytes = int64_t{16} << 20;

void check_field_sizes(SQLite::Database& db) {
  SQLite::Statement largest(db, "SELECT id, length(CAST(flds AS BLOB)) AS size FROM notes "
                                "WHERE size > ? ORDER BY id LIMIT 1");
  largest.bind(1, max_note_fields_bytes);
  if (largest.executeStep())
    throw std::runtime_error(fmt::format("note {} has {} bytes of fields, more than the limit of {}",
                                         largest.getColumn(0).getInt64(), largest.getColumn(1).getInt64(),
                                         describe_limit(max_note_fields_bytes)));
}

void read_notes(SQLite::Database& db, PackageContents& contents) {
  check_field_sizes(db);
  SQLite::Statement notes(db,
                          "SELECT id, CAST(guid AS TEXT), mid, CAST(tags AS TEXT), "
                          "CAST(flds AS TEXT) FROM notes ORDER BY id");
  while (notes.executeStep()) {
    contents.notes.push_back({notes.getColumn(0).getInt64(), notes.getColumn(1).getString(),
                              notes.getColumn(2).getInt64(),
                              split(notes.getColumn(4).getString(), '\x1f', true),
                              split(notes.getColumn(3).getString(), ' ', false)});
  }
}

void read_cards(SQLite::Database& db, PackageContents& contents) {
  SQLite::Statement cards(db, "SELECT id, nid, ord, did FROM cards ORDER BY nid, ord");
  while (cards.executeStep()) {
    contents.cards.push_back({cards.getColumn(0).getInt64(), cards.getColumn(1).getInt64(),
                              cards.getColumn(2).getInt(), cards.getColumn(3).getInt64()});
  }
}

}  // namespace

void read_collection(const std::filesystem::path& db_path, PackageContents& contents) {
  try {
    SQLite::Database db(db_path.string(), SQLite::OPEN_READONLY);
    read_col_row(db, contents);
    read_notes(db, contents);
    read_cards(db, contents);
  } catch (const SQLite::Exception& e) {
    throw std::runtime_error(std::string("not a readable Anki collection: ") + e.what());
  }
}

}  // namespace deckpress::anki
