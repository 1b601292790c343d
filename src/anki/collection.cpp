#include "anki/collection.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <SQLiteCpp/VariadicBind.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <future>
#include <memory>

#include "anki/collection_json.h"
#include "anki/collection_rows.h"
#include "anki/collection_schema.h"
#include "support/file_descriptor.h"
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
      // The texts outlive the insert: SQLite need not copy them.
      insert.bind(1, note.id);
      insert.bindNoCopy(2, note.guid);
      insert.bind(3, note.model_id);
      insert.bind(4, note.mod);
      insert.bindNoCopy(5, note.tags);
      insert.bindNoCopy(6, note.fields);
      insert.bindNoCopy(7, note.sort_field);
      insert.bind(8, static_cast<int64_t>(note.checksum));
      insert.exec();
      insert.reset();
    }
  };
  parallel_in_order((order.size() + kBatch - 1) / kBatch, core_count(), make_rows, insert_rows);
}

void insert_cards(SQLite::Database& db, const std::vector<CardRow>& rows) {
  SQLite::Statement insert(
      db, "INSERT INTO cards VALUES (?, ?, ?, ?, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')");
  for (const CardRow& card : rows) {
    SQLite::bind(insert, card.id, card.note_id, card.deck_id, card.ord, card.mod, card.due);
    insert.exec();
    insert.reset();
  }
}

[[noreturn]] void fail(const std::string& what) {
  throw std::runtime_error(what + ": " + std::strerror(errno));
}

// Once SQLite has the file open, its name goes, however the opening ends:
// nobody else can open it, and a killed build leaves nothing behind.
SQLite::Database open_then_unname(const std::string& path) {
  struct RemoveName {
    const std::string& path;
    ~RemoveName() { ::unlink(path.c_str()); }
  } remove{path};
  return SQLite::Database(path, SQLite::OPEN_READWRITE);
}

// Each row inserted once in id order, then the indexes: the bytes depend
// only on the contents and the SQLite version, and the pages are as full as
// VACUUM would leave them. Without a journal, the header still says
// rollback journal, as Anki expects. The notes are a transaction of their
// own: when it ends, their pages are in the file for good (nothing after
// changes them), and `notes_written` may start deflating them.
void fill_collection(const std::string& path, PackageInput& input, const std::function<void()>& notes_written) {
  SQLite::Database db = open_then_unname(path);
  // 16 KiB pages: a quarter of the page writes of 4 KiB ones, and a smaller
  // file (measured in docs/performance.md).
  db.exec("PRAGMA page_size = 16384; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
          "PRAGMA locking_mode = EXCLUSIVE");
  // The card rows are made while SQLite inserts the notes.
  auto cards = std::async(std::launch::async, [&input] { return card_rows(input); });
  {
    SQLite::Transaction transaction(db);
    db.exec(collection_tables);
    insert_col(db, input);
    insert_notes(db, input);
    transaction.commit();
  }
  notes_written();
  SQLite::Transaction transaction(db);
  const std::vector<CardRow> card_table = cards.get();
  input.notes = {};  // in the collection now, with their cards
  insert_cards(db, card_table);
  db.exec(collection_indexes);
  transaction.commit();
}

// pread until `into` is full; the file only grows, so it cannot end early.
void read_at(int fd, std::uint64_t offset, std::span<char> into) {
  for (size_t done = 0; done < into.size();) {
    ssize_t got = ::pread(fd, into.data() + done, into.size() - done, static_cast<off_t>(offset + done));
    if (got < 0) fail("cannot read back the collection");
    if (got == 0) throw std::runtime_error("the collection file ended early");
    done += static_cast<size_t>(got);
  }
}

// temp_directory_path's own error does not say which folder it tried.
std::filesystem::path temporary_folder() {
  std::error_code error;
  std::filesystem::path folder = std::filesystem::temp_directory_path(error);
  if (!error) return folder;
  const char* tmpdir = std::getenv("TMPDIR");
  throw std::runtime_error("cannot use the temporary folder (TMPDIR is '" + std::string(tmpdir ? tmpdir : "") +
                           "'): " + error.message());
}

}  // namespace

void with_collection_file(PackageInput& input, const std::function<void(const ByteSource&)>& notes_written,
                          const std::function<void(const ByteSource&)>& use) {
  const std::filesystem::path folder = temporary_folder();
  std::string path = (folder / "deckpress-collection.XXXXXX").string();
  // Shared with the readers: one that outlives this call (a deflate thread
  // stopping after a failure) still reads this file, never a reused descriptor.
  auto file = std::make_shared<FileDescriptor>(::mkstemp(path.data()));
  if (file->fd < 0) fail("cannot create " + path);
  auto source = [&file] {
    struct stat info {};
    if (::fstat(file->fd, &info) != 0) fail("cannot read back the collection");
    return ByteSource{static_cast<std::uint64_t>(info.st_size),
                      [file](std::uint64_t offset, std::span<char> into) { read_at(file->fd, offset, into); }};
  };
  try {
    fill_collection(path, input, [&] { notes_written(source()); });
  } catch (const SQLite::Exception& error) {
    // SQLite's "database or disk is full" does not say which disk.
    throw std::runtime_error("cannot build the collection in " + folder.string() + ": " + error.what());
  }
  use(source());
}

}  // namespace deckpress::anki
