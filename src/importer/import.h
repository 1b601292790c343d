#pragma once
// `deckpress import`: turns an Anki package into a deck repository (or adds
// to one) that keeps every identity, so a package built from it updates the
// notes a user studies in Anki instead of duplicating them:
//   decks/<deck>.toml            a deck file per top-level deck, its subdecks inside
//   decks/templates/<key>/       a folder per note type, its ids kept
//   decks/media/                 the media files, under their own names
//   decks/deckpress.lock         each note's and note type's mod, so the first
//                                build changes nothing in Anki
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "importer/markdown_fields.h"
#include "importer/repository.h"

namespace deckpress::importer {

struct ImportOptions {
  std::filesystem::path repository = ".";
  bool markdown = false;  // fields in Markdown where it builds back to the same HTML
  bool force = false;     // overwrite files that differ
};

struct ImportSummary {
  std::vector<std::string> deck_files;  // relative to the repository
  size_t notes = 0;
  size_t note_types = 0;
  size_t media_files = 0;
  std::vector<std::string> written;  // files new or changed, relative to the repository
  std::optional<MarkdownCount> markdown;
  std::vector<std::string> warnings;  // note types kept verbatim, what could not be carried over
};

// Throws ImportConflict (repository.h) when a file it would write exists with
// other content, before writing anything; std::runtime_error naming the
// package (and member) when it cannot be read.
ImportSummary import_package(const std::filesystem::path& package, const ImportOptions& options);

}  // namespace deckpress::importer
