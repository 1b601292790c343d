#pragma once
// Writes an Anki package (.apkg): collection.anki2 at schema 11, the media
// map and the media files, byte-identical for identical input.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "deck/model.h"

namespace deckpress::anki {

struct PackageDeck {
  std::string name;              // "A::B"; parents are added as Anki does
  std::string description_html;  // may be empty
};

struct PackageNoteType {
  const NoteType* type = nullptr;
  int64_t mod = 0;  // seconds; moves forward when templates or CSS change
};

struct PackageNote {
  std::string guid;
  int64_t id = 0;   // epoch ms style, unique in the package, never in the future
  int64_t mod = 0;  // seconds; moves forward when the content changes
  const NoteType* type = nullptr;
  std::vector<std::string> fields_html;  // one per field of the note type
  std::vector<std::string> tags;
  std::string deck_name;
  std::vector<int> card_ords;  // the cards the note yields (template index, or cloze number - 1)
};

struct MediaFile {
  std::string name;                   // bare name in the package, content-hashed
  std::filesystem::path source_path;  // the file on disk
};

struct PackageInput {
  std::vector<PackageDeck> decks;
  std::vector<PackageNoteType> note_types;
  std::vector<PackageNote> notes;  // in deck order; cards are introduced in this order
  std::vector<MediaFile> media;
  int64_t created = 0;  // seconds: col.crt/mod/scm and deck mods derive from it
};

struct PackageOptions {
  // zlib level (1-9) for the database and the media map. 6 is zlib's usual
  // balance and what Anki used; on a 90 MB database 1 deflates about four
  // times faster (0.3 s against 1.4 s) for a file up to a few percent larger.
  int deflate_level = 6;
};

// Throws std::runtime_error naming the problem when the input is inconsistent
// (a note whose field count differs from its type, a note without cards,
// repeated note ids or guids, duplicate, unsafe or missing media) or the file
// cannot be written.
void write_package(const PackageInput& input, const std::filesystem::path& out,
                   const PackageOptions& options = {});

}  // namespace deckpress::anki
