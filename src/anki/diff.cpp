#include "anki/diff.h"

#include "anki/diff_note_types.h"
#include "anki/diff_notes.h"

namespace deckpress::anki {

bool PackageDiff::empty() const {
  return note_types_added.empty() && note_types_changed.empty() && note_types_removed.empty() &&
         notes_added.empty() && notes_changed.empty() && notes_removed.empty();
}

PackageDiff diff_packages(const package::Package& old, const package::Package& now) {
  const NoteTypeMatches matches = match_note_types(old.note_types, now.note_types);
  PackageDiff diff;
  diff_note_types(old, now, matches, diff);
  diff_notes(old, now, matches, diff);
  return diff;
}

}  // namespace deckpress::anki
