#pragma once
// The deck repository `import` writes into: what it already holds, and
// writing files without ever overwriting one that differs, unless forced.
#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include "deck/source.h"
#include "importer/plan.h"

namespace deckpress::importer {

// Files that exist with other content; nothing was written.
struct ImportConflict : std::runtime_error {
  explicit ImportConflict(const std::vector<std::string>& files);
  std::vector<std::string> files;
};

// A problem in a file of the repository that stops the import: the first
// error of `problems`, as `path:line:col: error: message`.
std::runtime_error repository_error(const Diagnostics& problems);

// The deck folder's note type folders (by the ids in their notetype.toml)
// and deck files (by their deck's name). Throws repository_error() when a
// notetype.toml is not TOML or its `id` is not a whole number.
Existing scan_repository(const std::filesystem::path& decks_dir);

// A file to write: its path relative to the repository, and its bytes,
// given now or fetched when needed (a media file from the package).
struct OutputFile {
  std::string path;
  std::function<std::string()> bytes;
};

class RepositoryWriter {
 public:
  RepositoryWriter(std::filesystem::path root, bool force) : root_(std::move(root)), force_(force) {}

  // Files that differ from what is there, unless forced; identical ones are left alone.
  std::vector<std::string> conflicts(const std::vector<OutputFile>& files) const;
  // Writes each file that is new or differs, all or nothing (staging.h):
  // when a file's bytes cannot be had (a corrupt package member) or written,
  // the repository is left as it was. Returns the files written.
  std::vector<std::string> write(const std::vector<OutputFile>& files) const;

 private:
  std::filesystem::path root_;
  bool force_;
};

}  // namespace deckpress::importer
