#pragma once
// Names Anki rewrites without a word when it imports a package or upgrades
// a collection: note type, field, template and deck names with spaces at
// their ends or not in Unicode NFC, and names equal ignoring case. A
// template naming the old spelling then breaks, so such names are errors.
#include <string>
#include <string_view>
#include <vector>

namespace deckpress {

// Why Anki would refuse or rewrite a deck name or a tag, or "".
std::string deck_name_problem(std::string_view name);
std::string tag_problem(std::string_view tag);

// Why Anki would rewrite `name`, or "": `what` says what it names, e.g.
// "field name".
std::string name_rewrite_problem(std::string_view what, std::string_view name);

// Why Anki would rename `name` among `earlier` names of the same kind
// (Anki compares them ignoring case), or "".
std::string duplicate_name_problem(std::string_view what, std::string_view name,
                                   const std::vector<std::string>& earlier);

// `name` as Anki compares names: Unicode case folding, so "Front" and
// "FRONT" are the same name.
std::string folded_case(std::string_view name);

// True when `text` starts or ends with a character Anki trims as white space.
bool has_outer_space(std::string_view text);

}  // namespace deckpress
