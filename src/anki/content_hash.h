#pragma once
// The content hashes deckpress.lock keeps: what Anki would show of a note and
// of a note type. A note's or note type's `mod` moves forward exactly when its
// hash changes. Shared by the build, which stamps the lock, and by `import`,
// which writes the lock a rebuild of the imported decks must find unchanged.
#include <string>
#include <string_view>
#include <vector>

#include "deck/model.h"

namespace deckpress::anki {

std::string note_content_hash(std::string_view note_type_name, const std::vector<std::string>& fields_html,
                              const std::vector<std::string>& tags);

std::string note_type_content_hash(const NoteType& type);

}  // namespace deckpress::anki
