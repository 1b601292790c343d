// Schema 18: note types, their fields and templates, and decks live in
// tables of their own, their settings in protobuf blobs.
#include <fmt/format.h>

#include <map>
#include <stdexcept>

#include "package/anki_messages.h"
#include "package/collection.h"
#include "package/protobuf.h"

namespace deckpress::package {
namespace {

std::string blob(const SQLite::Column& column) {
  return {static_cast<const char*>(column.getBlob()), static_cast<size_t>(column.getBytes())};
}

// Runs `decode` on a blob, naming the row when the blob is malformed.
template <typename Decode>
void decode_row(const std::string& row, Decode decode) {
  try {
    decode();
  } catch (const ProtobufError& e) {
    throw std::runtime_error(fmt::format("{} has a malformed setting: {}", row, e.what()));
  }
}

void read_decks(SQLite::Database& db, Package& package) {
  SQLite::Statement decks(db, "SELECT id, CAST(name AS TEXT), kind FROM decks");
  while (decks.executeStep()) {
    Deck& deck = package.decks.emplace_back();
    deck.id = decks.getColumn(0).getInt64();
    // Levels are separated by U+001F here, by "::" everywhere else.
    for (const char c : decks.getColumn(1).getString()) {
      if (c == '\x1f') deck.name += "::";
      else deck.name += c;
    }
    const std::string kind = blob(decks.getColumn(2));
    decode_row(fmt::format("deck {}", deck.id), [&] { decode_deck_kind(kind, deck); });
  }
}

// Note types by id; a template or field row naming none is an orphan Anki's
// exporter leaves behind, and is skipped.
std::map<int64_t, NoteType> read_note_type_rows(SQLite::Database& db) {
  std::map<int64_t, NoteType> types;
  SQLite::Statement rows(db, "SELECT id, CAST(name AS TEXT), mtime_secs, config FROM notetypes");
  while (rows.executeStep()) {
    NoteType type;
    type.id = rows.getColumn(0).getInt64();
    type.name = rows.getColumn(1).getString();
    type.mod = rows.getColumn(2).getInt64();
    const std::string config = blob(rows.getColumn(3));
    decode_row(fmt::format("note type {}", type.id), [&] { decode_note_type_config(config, type); });
    types.emplace(type.id, std::move(type));
  }
  return types;
}

// The rows of `table` (fields or templates), by note type and order, into
// each note type's `parts`; `what` names a row in errors.
template <typename Part, typename Decode>
void read_parts(SQLite::Database& db, const std::string& table, const char* what,
                std::map<int64_t, NoteType>& types, std::vector<Part> NoteType::*parts, Decode decode) {
  SQLite::Statement rows(db, "SELECT ntid, CAST(name AS TEXT), config FROM " + table + " ORDER BY ntid, ord");
  while (rows.executeStep()) {
    const auto type = types.find(rows.getColumn(0).getInt64());
    if (type == types.end()) continue;
    Part& part = (type->second.*parts).emplace_back();
    part.name = rows.getColumn(1).getString();
    const std::string config = blob(rows.getColumn(2));
    decode_row(fmt::format("{} '{}' of note type {}", what, part.name, type->first),
               [&] { decode(config, part); });
  }
}

}  // namespace

void read_schema18_decks_and_note_types(SQLite::Database& db, Package& package) {
  read_decks(db, package);
  std::map<int64_t, NoteType> types = read_note_type_rows(db);
  read_parts(db, "fields", "field", types, &NoteType::fields, decode_field_config);
  read_parts(db, "templates", "template", types, &NoteType::templates, decode_template_config);
  for (auto& [id, type] : types) package.note_types.push_back(std::move(type));
}

}  // namespace deckpress::package
