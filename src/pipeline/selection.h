#pragma once
// Choosing what to print: the command line's --tags, --notes,
// --changed-since and --shuffle, applied to the notes of a sheet.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "anki/lock.h"
#include "deck/source.h"

namespace deckpress::pipeline {

struct Selection {
  std::string tags;                 // a tag expression (tag_expression.h); empty: any tags
  std::vector<std::string> notes;   // note ids (a deck's `id` keys) or guids; empty: every note
  std::string changed_since;        // a git revision or a lock file; empty: unchanged notes too
  std::optional<uint64_t> shuffle;  // the seed of the order the cards are printed in

  bool chooses() const { return !tags.empty() || !notes.empty() || !changed_since.empty(); }
  // For the page labels: "tags \"python and not easy\", changed since v1.2, shuffled with seed 7".
  std::string describe() const;
};

// What the selection needs to know of a note.
struct SelectableNote {
  std::string id;    // the author's key; may be empty
  std::string guid;
  const std::vector<std::string>* tags = nullptr;
  std::string content_hash;  // as the lock records it; empty where there is no lock (packages)
};

// The lock `changed_since` names: the lock file given, or the deck folder
// `dir`'s deckpress.lock at that git revision. Throws std::runtime_error
// when it cannot be read.
anki::Lock lock_at(const std::string& changed_since, const std::filesystem::path& dir);

// Which of `notes` to print, in their order. Problems (a malformed tag
// expression, ids no note has) are reported at `pos`; `earlier` is
// lock_at's answer when --changed-since is given: notes whose content it
// records unchanged are left out.
std::vector<size_t> select_notes(const std::vector<SelectableNote>& notes, const Selection& selection,
                                 const anki::Lock* earlier, const SourcePos& pos, Diagnostics& diagnostics);

// The order to print `count` cards in: shuffled by the seed (the same seed
// gives the same order on every machine), or as they are.
std::vector<size_t> print_order(size_t count, const std::optional<uint64_t>& seed);

}  // namespace deckpress::pipeline
