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

void read_fields(SQLite::Database& db, std::map<int64_t, NoteType>& types) {
  SQLite::Statement rows(db, "SELECT ntid, CAST(name AS TEXT), config FROM fields ORDER BY ntid, ord");
  while (rows.executeStep()) {
    const auto type = types.find(rows.getColumn(0).getInt64());
    if (type == types.end()) continue;
    Field& field = type->second.fields.emplace_back();
    field.name = rows.getColumn(1).getString();
    const std::string config = blob(rows.getColumn(2));
    decode_row(fmt::format("field '{}' of note type {}", field.name, type->first),
               [&] { decode_field_config(config, field); });
  }
}

void read_templates(SQLite::Database& db, std::map<int64_t, NoteType>& types) {
  SQLite::Statement rows(db, "SELECT ntid, CAST(name AS TEXT), config FROM templates ORDER BY ntid, ord");
  while (rows.executeStep()) {
    const auto type = types.find(rows.getColumn(0).getInt64());
    if (type == types.end()) continue;
    Template& card = type->second.templates.emplace_back();
    card.name = rows.getColumn(1).getString();
    const std::string config = blob(rows.getColumn(2));
    decode_row(fmt::format("template '{}' of note type {}", card.name, type->first),
               [&] { decode_template_config(config, card); });
  }
}

}  // namespace

void read_schema18_decks_and_note_types(SQLite::Database& db, Package& package) {
  read_decks(db, package);
  std::map<int64_t, NoteType> types = read_note_type_rows(db);
  read_fields(db, types);
  read_templates(db, types);
  for (auto& [id, type] : types) package.note_types.push_back(std::move(type));
}

}  // namespace deckpress::package
