#include "package/collection.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <stdexcept>

#include <fmt/format.h>

#include "deck/limits.h"

namespace deckpress::package {
namespace {

std::vector<std::string> split(std::string_view text, char separator, bool keep_empty) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t end = text.find(separator);; end = text.find(separator, start)) {
    const std::string_view part = text.substr(start, end == std::string_view::npos ? end : end - start);
    if (keep_empty || !part.empty()) parts.emplace_back(part);
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

std::string_view text_of(const SQLite::Column& column) {
  return {static_cast<const char*>(column.getBlob()), static_cast<size_t>(column.getBytes())};
}

// This one ignores ASCII case only (Anki folds all of Unicode): deckpress
// never relies on its order, it only lets the collection be read.
int compare_unicase(void*, int left_size, const void* left, int right_size, const void* right) {
  const auto* a = static_cast<const unsigned char*>(left);
  const auto* b = static_cast<const unsigned char*>(right);
  const int common = std::min(left_size, right_size);
  for (int i = 0; i < common; ++i) {
    const int x = (a[i] >= 'A' && a[i] <= 'Z') ? a[i] + 32 : a[i];
    const int y = (b[i] >= 'A' && b[i] <= 'Z') ? b[i] + 32 : b[i];
    if (x != y) return x - y;
  }
  return left_size - right_size;
}

int schema_version(SQLite::Database& db) {
  SQLite::Statement col(db, "SELECT ver FROM col");
  if (!col.executeStep()) throw std::runtime_error("the col table is empty");
  return col.getColumn(0).getInt();
}

// A note's fields are read whole; one larger than this is refused before it
// is loaded, so a hostile collection cannot make a reader exhaust memory.
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

void read_notes(SQLite::Database& db, Package& package) {
  check_field_sizes(db);
  package.notes.reserve(static_cast<size_t>(db.execAndGet("SELECT count(*) FROM notes").getInt64()));
  SQLite::Statement notes(db,
                          "SELECT id, CAST(guid AS TEXT), mid, mod, CAST(tags AS TEXT), "
                          "CAST(flds AS TEXT) FROM notes ORDER BY id");
  while (notes.executeStep()) {
    Note& note = package.notes.emplace_back();
    note.id = notes.getColumn(0).getInt64();
    note.guid = notes.getColumn(1).getString();
    note.note_type_id = notes.getColumn(2).getInt64();
    note.mod = notes.getColumn(3).getInt64();
    // Anki separates tags by spaces, and by ideographic spaces too.
    std::string tags = notes.getColumn(4).getString();
    for (size_t at; (at = tags.find("\u3000")) != std::string::npos;) tags.replace(at, 3, " ");
    note.tags = split(tags, ' ', false);
    note.fields = split(text_of(notes.getColumn(5)), '\x1f', true);
  }
}

// A card in a filtered deck keeps its home deck in odid.
void read_cards(SQLite::Database& db, Package& package) {
  SQLite::Statement cards(db, "SELECT id, nid, ord, CASE WHEN odid != 0 THEN odid ELSE did END "
                              "FROM cards ORDER BY nid, ord");
  package.cards.reserve(static_cast<size_t>(db.execAndGet("SELECT count(*) FROM cards").getInt64()));
  while (cards.executeStep()) {
    package.cards.push_back({cards.getColumn(0).getInt64(), cards.getColumn(1).getInt64(),
                             cards.getColumn(2).getInt(), cards.getColumn(3).getInt64()});
  }
}

}  // namespace

void register_unicase(SQLite::Database& db) {
  if (sqlite3_create_collation_v2(db.getHandle(), "unicase", SQLITE_UTF8, nullptr, compare_unicase,
                                  nullptr) != SQLITE_OK)
    throw std::runtime_error("cannot register the unicase collation");
}

void read_collection(const std::filesystem::path& db_path, Package& package) {
  try {
    SQLite::Database db(db_path.string(), SQLite::OPEN_READONLY);
    register_unicase(db);
    package.schema_version = schema_version(db);
    if (package.schema_version == 11) {
      read_schema11_decks_and_note_types(db, package);
    } else if (package.schema_version == 18) {
      read_schema18_decks_and_note_types(db, package);
    } else {
      // Anki's packages hold 11 or 18 only: exporters convert to one of them.
      throw std::runtime_error(fmt::format(
          "collection schema {} is not one deckpress reads (11 and 18, as Anki's packages hold)",
          package.schema_version));
    }
    std::sort(package.decks.begin(), package.decks.end(),
              [](const Deck& a, const Deck& b) { return a.name < b.name; });
    std::sort(package.note_types.begin(), package.note_types.end(),
              [](const NoteType& a, const NoteType& b) { return a.id < b.id; });
    read_notes(db, package);
    read_cards(db, package);
  } catch (const SQLite::Exception& e) {
    throw std::runtime_error(std::string("not a readable Anki collection: ") + e.what());
  }
}

}  // namespace deckpress::package
