#pragma once
// Problems that span decks: a note id used twice in one build.
#include <vector>

#include "pipeline/deck_job.h"

namespace deckpress::pipeline {

// Reports each note id used again, at the later use, naming the first; the
// deck of the later use fails. Up-to-date decks count with the ids their
// stamps recorded.
void check_duplicate_ids(std::vector<DeckJob>& jobs);

}  // namespace deckpress::pipeline
