#pragma once
// Note types: the built-ins compiled into the binary and custom ones read
// from a templates/ folder. Each is a notetype.toml plus HTML and CSS files.
#include <deque>
#include <filesystem>
#include <string>
#include <vector>

#include "deck/model.h"

namespace deckpress {

class NoteTypes {
 public:
  // `search_dirs`: folders holding one sub-folder per custom note type, tried
  // in order before the built-ins.
  explicit NoteTypes(std::vector<std::filesystem::path> search_dirs);

  // The note type named `key` (e.g. "basic"), loading it on first use.
  // Problems in its files go to `diagnostics`; returns null when unknown or broken.
  const NoteType* find(const std::string& key, Diagnostics& diagnostics);

  // Every key that find() could resolve, for "did you mean" suggestions.
  std::vector<std::string> known_keys() const;

  // The files a note type was read from, for change detection.
  const std::vector<std::filesystem::path>& files_of(const NoteType& type) const;

 private:
  struct Entry {
    NoteType type;
    std::vector<std::filesystem::path> files;
    bool ok = false;
  };
  std::vector<std::filesystem::path> search_dirs_;
  std::deque<Entry> loaded_;  // a deque keeps NoteType pointers stable
};

}  // namespace deckpress
