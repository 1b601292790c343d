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

// True for the filters Anki knows (text, hint, cloze, type, furigana, tts...).
bool is_known_filter(const std::string& filter);

// Applies `filters` (outermost first, so the last runs first) to a field's
// value. Unknown filters are ignored, as in Anki.
std::string apply_filters(std::string value, const std::string& field,
                          const std::vector<std::string>& filters, const Side& side);

}  // namespace deckpress::cards
