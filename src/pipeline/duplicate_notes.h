#pragma once
// Problems that span decks: a note id used twice in one build, and notes
// without an id that Anki would take for one note (the same guid).
#include <vector>

#include "pipeline/deck_job.h"

namespace deckpress::pipeline {

// Each note id used again is an error at the later use, naming the first.
// Notes without an id whose note type and first field are the same share a
// guid: an error at each of them. Up-to-date decks count with the ids and
// guids their stamps recorded.
void check_duplicate_notes(std::vector<DeckJob>& jobs);

}  // namespace deckpress::pipeline
