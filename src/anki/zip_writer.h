#pragma once
// A ZIP archive written with libzip so that the same entries give the same
// bytes: fixed timestamps and attributes, no extra fields.
#include <zip.h>

#include <deque>
#include <filesystem>
#include <memory>
#include <string>

namespace deckpress::anki {

enum class Compression { store, deflate };

class ZipWriter {
 public:
  // Replaces `out` when close() succeeds; level 1 (fast) to 9 (small).
  ZipWriter(const std::filesystem::path& out, int deflate_level);

  // Entries are written in the order they are added; the data is read at close().
  void add_file(const std::string& name, const std::filesystem::path& source, Compression how);
  void add_text(const std::string& name, std::string text, Compression how);
  void close();

 private:
  void add(const std::string& name, zip_source_t* source, Compression how);
  [[noreturn]] void fail(const std::string& what) const;

  struct Discard {
    void operator()(zip_t* archive) const { zip_discard(archive); }
  };
  std::unique_ptr<zip_t, Discard> archive_;
  std::deque<std::string> texts_;  // must outlive the archive until close()
  std::filesystem::path out_;
  int deflate_level_;
};

}  // namespace deckpress::anki
