#include "anki/collection_json.h"
#include "anki/ids.h"

namespace deckpress::anki {

// The collection settings legacy clients read; modern Anki ignores them.
nlohmann::ordered_json conf_json(const PackageInput& input) {
  nlohmann::ordered_json current_model = nullptr;
  if (!input.note_types.empty()) current_model = note_type_id(*input.note_types.front().type);
  return {{"activeDecks", {1}},
          {"addToCur", true},
          {"collapseTime", 1200},
          {"curDeck", 1},
          {"curModel", current_model},
          {"dueCounts", true},
          {"estTimes", true},
          {"newBury", true},
          {"newSpread", 0},
          {"nextPos", input.notes.size() + 1},
          {"sortBackwards", false},
          {"sortType", "noteFld"},
          {"timeLim", 0}};
}

}  // namespace deckpress::anki
