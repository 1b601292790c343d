#pragma once
// Reads decks, note types, notes and cards out of a collection file: schema
// 11 keeps decks and note types as JSON in the `col` row, schema 18 in
// tables of their own with protobuf blobs. Notes and cards look the same in
// both.
#include <filesystem>

#include <SQLiteCpp/SQLiteCpp.h>

#include "package/model.h"

namespace deckpress::package {

// Fills everything but the media, the format and the member's name.
void read_collection(const std::filesystem::path& db, Package& package);

// Anki's `unicase` collation, which schema 18 puts on its name columns: a
// query that compares or sorts by them fails to prepare without it.
void register_unicase(SQLite::Database& db);

// The two ways a collection keeps its decks and note types.
void read_schema11_decks_and_note_types(SQLite::Database& db, Package& package);
void read_schema18_decks_and_note_types(SQLite::Database& db, Package& package);

}  // namespace deckpress::package
