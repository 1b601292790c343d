#pragma once
// Which things of the old package became which things of the new one.
#include <cstddef>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "anki/diff.h"

namespace deckpress::anki {

// Two lists of names paired up by position in each list.
struct NamePairs {
  std::vector<std::pair<size_t, size_t>> kept;  // (old, new), in new order
  std::vector<size_t> added;                    // new positions
  std::vector<size_t> removed;                  // old positions
};

// Equal names pair first. With `renames_by_position`, an old name left over
// then pairs with the leftover new name at the same position (a rename).
NamePairs pair_names(const std::vector<std::string>& old, const std::vector<std::string>& now,
                     bool renames_by_position);

NameChanges describe(const NamePairs& pairs, const std::vector<std::string>& old,
                     const std::vector<std::string>& now);

// Old note type id -> the new note type it became: same id, or else same name.
using NoteTypeMatches = std::map<int64_t, const package::NoteType*>;
NoteTypeMatches match_note_types(const std::vector<package::NoteType>& old,
                                 const std::vector<package::NoteType>& now);

}  // namespace deckpress::anki
