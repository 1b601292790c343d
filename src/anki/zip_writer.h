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
  // Level 1 (fast) to 9 (small) for deflated entries. The archive is written
  // to `fd`, an empty file, when finished.
  ZipWriter(int deflate_level, int fd);
  ~ZipWriter();
  ZipWriter(const ZipWriter&) = delete;  // libzip holds the address of its archive's state
  ZipWriter& operator=(const ZipWriter&) = delete;

  // Entries are written in the order they are added; the data is read by finish().
  void add_file(const std::string& name, const std::filesystem::path& source, Compression how);
  void add_bytes(const std::string& name, std::string bytes, Compression how);
  // An entry deflated beforehand (see deflate.h); stored as it is.
  void add_deflated(const std::string& name, Deflated deflated);

  // Writes the archive. The writer is spent afterwards.
  void finish();

 private:
  static zip_int64_t read_deflated(void* state, void* data, zip_uint64_t length, zip_source_cmd_t command);
  static zip_int64_t write_archive(void* state, void* data, zip_uint64_t length, zip_source_cmd_t command);
  void add(const std::string& name, zip_source_t* source, Compression how);
  [[noreturn]] void fail(const std::string& what) const;

  struct Discard {
    void operator()(zip_t* archive) const { zip_discard(archive); }
  };
  // The file libzip writes the archive into.
  struct Archive {
    int fd = -1;
    zip_uint64_t size = 0;     // written so far
    zip_uint64_t at = 0;       // where the next write goes
    zip_uint64_t read_at = 0;  // where the next read starts
    zip_error_t error;
  };
  Archive written_;
  std::unique_ptr<zip_t, Discard> archive_;
  std::deque<std::string> entries_;  // must outlive the archive until finish()
  struct DeflatedEntry {
    Deflated deflated;
    size_t slice = 0;        // where libzip has read to: this slice,
    size_t slice_read = 0;   // this far into it (slices read are freed)
  };
  std::deque<DeflatedEntry> deflated_;  // the same
  int deflate_level_;
};

}  // namespace deckpress::anki
