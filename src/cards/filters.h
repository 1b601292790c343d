#pragma once
// Anki's field filters ({{text:F}}, {{hint:F}}, {{cloze:F}}, {{type:F}}, ...)
// and the side of the card they are rendered for.
#include <string>
#include <vector>

namespace deckpress::cards {

struct Side {
  bool answer = false;
  int cloze_number = 1;         // the card's cloze number (ord + 1)
  std::string front_side_html;  // what {{FrontSide}} shows on the answer
};

// The first filter of a chain (outermost first) that Anki does not know, or
// nullptr when it knows them all. {{type:...}} takes the rest of its chain as
// options, as in Anki.
const std::string* unknown_filter(const std::vector<std::string>& filters);

// Anki's filters, as a message lists them.
extern const char* const kKnownFilters;

// Applies `filters` (outermost first, so the last runs first) to a field's
// value. Unknown filters are ignored, as in Anki.
std::string apply_filters(std::string value, const std::string& field,
                          const std::vector<std::string>& filters, const Side& side);

}  // namespace deckpress::cards
