#pragma once
// The deck repository `import` writes into: what it already holds, and
// writing files without ever overwriting one that differs, unless forced.
#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include "importer/plan.h"

namespace deckpress::importer {

// Files that exist with other content; nothing was written.
struct ImportConflict : std::runtime_error {
  explicit ImportConflict(const std::vector<std::string>& files);
  std::vector<std::string> files;
};

// The deck folder's note type folders (by the ids in their notetype.toml)
// and deck files (by their deck's name).
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
  // Writes each file that is new or differs: to a temporary name beside it,
  // then renamed into place, so no file is ever half written. Returns them.
  std::vector<std::string> write(const std::vector<OutputFile>& files) const;

 private:
  std::filesystem::path root_;
  bool force_;
};

}  // namespace deckpress::importer
