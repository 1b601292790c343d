#pragma once
// How a deck file names note types: a note's `type`, and [deck]'s
// `note_type` and `note_types`. Each name is looked up in the deck's
// NoteTypes; one that finds nothing is reported where it is written.
#include <set>
#include <string>
#include <vector>

#include <toml++/toml.h>

#include "deck/model.h"
#include "deck/note_types.h"
#include "deck/toml_util.h"

namespace deckpress {

class NoteTypeNames {
 public:
  // Problems go to `diagnostics`: the deck's, and those of the note types'
  // own files, which NoteTypes reports on first use.
  NoteTypeNames(NoteTypes& note_types, Diagnostics& diagnostics) : note_types_(note_types), diagnostics_(diagnostics) {}

  // The note type `key` names, or null. An unknown name is an error at `at`
  // (unless `report_unknown` is false: the caller said it there already); a
  // note type whose files have problems is an error once per deck, at the
  // first place that names it.
  const NoteType* find(const std::string& key, const SourcePos& at, bool report_unknown = true);

  // [deck]'s `note_types`: the note types the deck's package carries even
  // when no note uses them, each once, in the list's order.
  std::vector<CarriedNoteType> read_carried(const toml::table& deck, const TomlOrigin& origin);

 private:
  NoteTypes& note_types_;
  Diagnostics& diagnostics_;
  std::set<std::string> reported_broken_;
};

}  // namespace deckpress
