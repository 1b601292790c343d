#pragma once
// Note types: the built-ins compiled into the binary and custom ones read
// from a templates/ folder. Each is a notetype.toml plus HTML and CSS files.
// Safe to use from several threads.
#include <deque>
#include <filesystem>
#include <functional>
#include <mutex>
#include <string>
#include <vector>

#include "deck/model.h"

namespace deckpress {

// Checks a note type once its files are read (the pipeline gives
// cards::check_templates); errors it reports make the note type broken.
using NoteTypeCheck = std::function<void(const NoteType&, Diagnostics&)>;

class NoteTypes {
 public:
  // `search_dirs`: folders holding one sub-folder per custom note type, tried
  // in order before the built-ins. `check` runs on each note type read.
  explicit NoteTypes(std::vector<std::filesystem::path> search_dirs, NoteTypeCheck check = {});

  // The note type named `key` (e.g. "basic"), loading it on first use.
  // Problems in its files go to `diagnostics`; returns null when unknown or broken.
  const NoteType* find(const std::string& key, Diagnostics& diagnostics);

  // True when find(key) found the note type but its files have problems,
  // which find() reported: the type is not unknown, only broken.
  bool broken(const std::string& key) const;

  // Every key that find() could resolve, for "did you mean" suggestions.
  std::vector<std::string> known_keys() const;

  // Every file whose appearance or change could alter what find(key)
  // returns: the files it was read from and the custom folders it would be
  // looked up in first. For change detection.
  std::vector<std::filesystem::path> files_of(const std::string& key) const;

 private:
  struct Entry {
    NoteType type;
    std::vector<std::filesystem::path> files;
    bool ok = false;
  };
  std::vector<std::filesystem::path> search_dirs_;
  NoteTypeCheck check_;
  std::deque<Entry> loaded_;  // a deque keeps NoteType pointers stable
  mutable std::mutex mutex_;  // decks load in parallel
};

}  // namespace deckpress
