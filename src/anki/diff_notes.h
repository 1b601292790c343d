#pragma once
#include "anki/diff_match.h"

namespace deckpress::anki {

// Fills the note lists of `diff`, each in report order.
void diff_notes(const package::Package& old, const package::Package& now,
                const NoteTypeMatches& matches, PackageDiff& diff);

}  // namespace deckpress::anki
