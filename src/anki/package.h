#pragma once
// Writes an Anki package (.apkg): collection.anki2 at schema 11, the media
// map and the media files, byte-identical for identical input.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "deck/model.h"
#include "support/parallel.h"

namespace deckpress::anki {

struct PackageDeck {
  std::string name;              // "A::B"; Anki creates parents the package leaves out
  std::string description_html;  // may be empty
};

struct PackageNoteType {
  const NoteType* type = nullptr;
  int64_t mod = 0;  // seconds; moves forward when templates or CSS change
};

// The texts are views: the caller keeps them alive until the package is
// written, so a large deck's HTML is never held twice.
struct PackageNote {
  std::string guid;
  int64_t id = 0;   // epoch ms style, unique in the package, never in the future
  int64_t mod = 0;  // seconds; moves forward when the content changes
  const NoteType* type = nullptr;
  std::vector<std::string_view> fields_html;  // one per field of the note type
  std::vector<std::string_view> tags;
  std::string_view deck_name;
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
  // zlib level (1-9) for the database and the media map. Measured on the
  // benchmark's 100,000-note collection (103 MB): level 1 deflates in 0.65 s
  // to 26.7 % of its size, level 6 (zlib's default) in 3.3 s to 24.3 %.
  int deflate_level = 1;
  // Threads deflating the collection; the bytes do not depend on it.
  unsigned threads = core_count();
};

// Writes the package into `fd`, an empty file opened for reading and
// writing; the caller gives it its name (an unnamed file, so that a killed
// build leaves nothing). Throws std::runtime_error naming the problem when
// the input is inconsistent (a note whose field count differs from its type,
// a note without cards, repeated note ids or guids, duplicate, unsafe or
// missing media) or the file cannot be written. It takes `input` so that
// the notes, a row's worth each, go once the collection holds them: a large
// deck's last seconds are its memory peak.
void write_package(PackageInput input, int fd, const PackageOptions& options = {});

}  // namespace deckpress::anki
