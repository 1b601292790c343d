#pragma once
// The notes and cards rows of a package, in the order they are inserted.
#include <cstdint>
#include <string>
#include <vector>

#include "anki/package.h"

namespace deckpress::anki {

struct NoteRow {
  int64_t id = 0;
  std::string guid;
  int64_t model_id = 0;
  int64_t mod = 0;
  std::string tags;    // " a b ", or "" without tags
  std::string fields;  // joined by U+001F
  std::string sort_field;
  uint32_t checksum = 0;
};

struct CardRow {
  int64_t id = 0;
  int64_t note_id = 0;
  int64_t deck_id = 0;
  int ord = 0;
  int64_t mod = 0;
  int64_t due = 0;  // the note's 1-based position: siblings share it
};

NoteRow note_row(const PackageNote& note);
// The positions of input.notes sorted by note id, the order rows go into the database.
std::vector<size_t> notes_in_id_order(const PackageInput& input);
// Sorted by id, as they go into the database.
std::vector<CardRow> card_rows(const PackageInput& input);

}  // namespace deckpress::anki
