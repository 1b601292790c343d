#pragma once
// What deck files accept as a note's id and guid (deck names and tags:
// deck/names.h).
#include <string>

namespace deckpress {

bool valid_note_id(const std::string& id);
// Guids come from Anki and other tools: any printable text without spaces.
std::string guid_problem(const std::string& guid);

}  // namespace deckpress
