#pragma once
// What Anki accepts as a deck name, a tag, and what deck files accept as a
// note's id and guid: each returns the problem, or "" when there is none.
#include <string>

namespace deckpress {

std::string deck_name_problem(const std::string& name);
std::string tag_problem(const std::string& tag);
bool valid_note_id(const std::string& id);
// Guids come from Anki and other tools: any printable text without spaces.
std::string guid_problem(const std::string& guid);

}  // namespace deckpress
