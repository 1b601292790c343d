#pragma once
// The template errors Anki would show instead of a note type's cards, found
// while its files are read: a field the type does not have, a section left
// open or closed out of turn, an unknown filter, a cloze type without
// {{cloze:...}}. The pipeline gives this check to NoteTypes (deck/note_types.h).
#include "deck/model.h"

namespace deckpress::cards {

// Reports each problem at its template file's line and column. A verbatim
// note type is packaged as written: its problems become one warning.
void check_templates(const NoteType& type, Diagnostics& diagnostics);

}  // namespace deckpress::cards
