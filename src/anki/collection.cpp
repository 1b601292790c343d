#include "anki/collection.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <SQLiteCpp/VariadicBind.h>
#include <sqlite3.h>

#include <algorithm>

#include "anki/collection_json.h"
#include "anki/collection_rows.h"
#include "anki/collection_schema.h"
#include "support/parallel.h"

namespace deckpress::anki {
namespace {

constexpr int schema_version = 11;
constexpr int64_t ms_per_second = 1000;

// Compact JSON; non-ASCII stays UTF-8, as Anki writes it.
std::string compact(const nlohmann::ordered_json& value) {
  try {
    return value.dump();
  } catch (const nlohmann::ordered_json::type_error& e) {
    throw std::runtime_error(std::string("a deck or note type holds invalid UTF-8: ") + e.what());
  }
}

void insert_col(SQLite::Database& db, const PackageInput& input) {
  SQLite::Statement insert(db, "INSERT INTO col VALUES (1, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, ?)");
  SQLite::bind(insert, input.created, input.created * ms_per_second, input.created * ms_per_second,
               schema_version, compact(conf_json(input)), compact(models_json(input)),
               compact(decks_json(input)), compact(deck_config_json()), "{}");
  insert.exec();
}

// Rows are made on every core, a batch at a time, while SQLite inserts the
// batch before: only a few batches of joined fields exist at once.
void insert_notes(SQLite::Database& db, const PackageInput& input) {
  constexpr size_t kBatch = 512;
  const std::vector<size_t> order = notes_in_id_order(input);
  SQLite::Statement insert(db, "INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
  auto make_rows = [&](size_t batch) {
    std::vector<NoteRow> rows;
    for (size_t i = batch * kBatch; i < std::min(order.size(), (batch + 1) * kBatch); ++i)
      rows.push_back(note_row(input.notes[order[i]]));
    return rows;
  };
  auto insert_rows = [&](size_t, const std::vector<NoteRow>& rows) {
    for (const NoteRow& note : rows) {
      SQLite::bind(insert, note.id, note.guid, note.model_id, note.mod, note.tags, note.fields,
                   note.sort_field, static_cast<int64_t>(note.checksum));
      insert.exec();
      insert.reset();
    }
  };
  parallel_in_order((order.size() + kBatch - 1) / kBatch, core_count(), make_rows, insert_rows);
}

void insert_cards(SQLite::Database& db, const PackageInput& input) {
  SQLite::Statement insert(
      db, "INSERT INTO cards VALUES (?, ?, ?, ?, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')");
  for (const CardRow& card : card_rows(input)) {
    SQLite::bind(insert, card.id, card.note_id, card.deck_id, card.ord, card.mod, card.due);
    insert.exec();
    insert.reset();
  }
}

// The database as a file would hold it: the memdb VFS keeps the file in one
// buffer, which sqlite3_serialize lends without copying.
std::string_view file_bytes(SQLite::Database& db) {
  sqlite3_int64 size = 0;
  unsigned char* file = sqlite3_serialize(db.getHandle(), "main", &size, SQLITE_SERIALIZE_NOCOPY);
  if (!file) throw std::runtime_error("cannot read back the collection built in memory");
  return {reinterpret_cast<const char*>(file), static_cast<size_t>(size)};
}

}  // namespace

// One transaction, each row inserted once in id order, then the indexes:
// the bytes depend only on the contents and the SQLite version, and the
// pages are as full as VACUUM would leave them. The header still
// says rollback journal, as a database file written on disk would.
void with_collection_bytes(const PackageInput& input, const std::function<void(std::string_view)>& use) {
  // A name without a leading '/' keeps the database private to this connection.
  SQLite::Database db("collection.anki2", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE, 0, "memdb");
  db.exec("PRAGMA page_size = 4096");
  SQLite::Transaction transaction(db);
  db.exec(collection_tables);
  insert_col(db, input);
  insert_notes(db, input);
  insert_cards(db, input);
  db.exec(collection_indexes);
  transaction.commit();
  use(file_bytes(db));
}

}  // namespace deckpress::anki
