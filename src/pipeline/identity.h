#pragma once
// Turns compiled decks into the package writer's input: guids, ids and mod
// times derived from the sources and the lock, never from the clock alone.
#include <vector>

#include "anki/lock.h"
#include "anki/package.h"
#include "pipeline/compiled.h"

namespace deckpress::pipeline {

// A compiled deck, its name in its lock (its file's path from the lock's
// folder, without .toml), and the lock.
struct LockedDeck {
  const CompiledDeck* compiled = nullptr;
  std::string lock_name;
  const anki::Lock* lock = nullptr;
};

// A package's input, and the stamps that the lock records once it is written.
struct StampedPackage {
  anki::PackageInput input;
  anki::LockStamps stamps;
};

// The package of `decks`: every note and note type stamped from its deck's
// lock (new or changed content gets `now`), without changing the lock. A
// parent deck that one of `build` (the run's compiled decks) defines is
// carried with its description and the media the description names:
// importers that always write descriptions would otherwise blank it (see
// anki::package_decks).
StampedPackage package_input(const std::vector<LockedDeck>& decks, int64_t now,
                             const std::vector<const CompiledDeck*>& build = {});

// The names of the parent decks of `name`, outermost first: "A::B::C" has
// "A" and "A::B".
std::vector<std::string> parent_deck_names(const std::string& name);

// The hash of a note's content that the lock records: it changes exactly
// when what Anki shows of the note does.
std::string note_content_hash(const CompiledNote& note);

// The key of a note type's lock entry: its id in the package.
std::string note_type_key(const NoteType& type);

// Anki's key for a note: from the deck and its id, or without an id from its
// note type and first field's text. compile_deck keeps it (it releases the text).
std::string note_guid(const Deck& deck, const Note& note);

}  // namespace deckpress::pipeline
