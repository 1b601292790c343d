#include "deck/note_type_names.h"

#include <algorithm>

#include <fmt/format.h>

namespace deckpress {

const NoteType* NoteTypeNames::find(const std::string& key, const SourcePos& at, bool report_unknown) {
  if (const NoteType* type = note_types_.find(key, diagnostics_)) return type;
  if (note_types_.broken(key)) {
    // Its files' problems are reported where they are, once per run; each
    // deck that names it still says, once, why it is left out.
    if (reported_broken_.insert(key).second)
      diagnostics_.error(at, fmt::format("note type '{}' cannot be used: its files have problems", key));
  } else if (report_unknown) {
    diagnostics_.error(at, fmt::format("unknown note type '{}'{}", key, suggestion(key, note_types_.known_keys())));
  }
  return nullptr;
}

std::vector<CarriedNoteType> NoteTypeNames::read_carried(const toml::table& deck, const TomlOrigin& origin) {
  std::vector<CarriedNoteType> carried;
  auto keys = get_strings(deck, "note_types", origin, diagnostics_);
  if (!keys) return carried;
  const toml::array& list = *deck.get("note_types")->as_array();
  for (size_t i = 0; i < keys->size(); ++i) {
    const SourcePos at = pos_of(*list.get(i), origin);
    const NoteType* type = find((*keys)[i], at);
    if (!type) continue;
    if (std::any_of(carried.begin(), carried.end(), [&](const CarriedNoteType& known) { return known.type == type; }))
      diagnostics_.warning(at, fmt::format("note type '{}' is already in note_types", (*keys)[i]));
    else
      carried.push_back({type, at});
  }
  return carried;
}

}  // namespace deckpress
