#pragma once
// A ZIP archive built in memory with libzip so that the same entries give the
// same bytes: fixed timestamps and attributes, no extra fields.
#include <zip.h>

#include <deque>
#include <filesystem>
#include <memory>
#include <string>

#include "anki/deflate.h"

namespace deckpress::anki {

enum class Compression { store, deflate };

class ZipWriter {
 public:
  // Level 1 (fast) to 9 (small) for deflated entries.
  explicit ZipWriter(int deflate_level);

  // Entries are written in the order they are added; the data is read by finish().
  void add_file(const std::string& name, const std::filesystem::path& source, Compression how);
  void add_bytes(const std::string& name, std::string bytes, Compression how);
  // An entry deflated beforehand (see deflate.h); stored as it is.
  void add_deflated(const std::string& name, Deflated deflated);

  // The whole archive. The writer is spent afterwards.
  std::string finish();

 private:
  static zip_int64_t read_deflated(void* state, void* data, zip_uint64_t length, zip_source_cmd_t command);
  void add(const std::string& name, zip_source_t* source, Compression how);
  [[noreturn]] void fail(const std::string& what) const;

  struct FreeSource {
    void operator()(zip_source_t* source) const { zip_source_free(source); }
  };
  struct Discard {
    void operator()(zip_t* archive) const { zip_discard(archive); }
  };
  // The archive writes into `buffer_`, which it would free on close: an extra
  // reference keeps it readable afterwards.
  std::unique_ptr<zip_source_t, FreeSource> buffer_;
  std::unique_ptr<zip_t, Discard> archive_;
  std::deque<std::string> entries_;  // must outlive the archive until finish()
  struct DeflatedEntry {
    Deflated deflated;
    zip_uint64_t read = 0;  // how far libzip has read it
  };
  std::deque<DeflatedEntry> deflated_;  // the same
  int deflate_level_;
};

}  // namespace deckpress::anki
