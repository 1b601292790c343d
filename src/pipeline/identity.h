#pragma once
// Turns compiled decks into the package writer's input: guids, ids and mod
// times derived from the sources and the lock, never from the clock alone.
#include <vector>

#include "anki/lock.h"
#include "anki/package.h"
#include "pipeline/compiled.h"

namespace deckpress::pipeline {

// Stamps every note and note type of `decks` in `lock` (new or changed
// content gets `now`) and returns the package of those decks.
anki::PackageInput package_input(const std::vector<const CompiledDeck*>& decks, anki::Lock& lock,
                                 int64_t now);

// The hash of a note's content that the lock records: it changes exactly
// when what Anki shows of the note does.
std::string note_content_hash(const CompiledNote& note);

// Anki's key for a note: from the deck and its id, or without an id from its
// note type and first field's text. compile_deck keeps it (it releases the text).
std::string note_guid(const Deck& deck, const Note& note);

}  // namespace deckpress::pipeline
