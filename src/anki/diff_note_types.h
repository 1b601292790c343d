#pragma once
#include "anki/diff_match.h"

namespace deckpress::anki {

// Fills the note type lists of `diff`, each in report order.
void diff_note_types(const package::Package& old, const package::Package& now,
                     const NoteTypeMatches& matches, PackageDiff& diff);

}  // namespace deckpress::anki
