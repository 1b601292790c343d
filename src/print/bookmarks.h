#pragma once
// Outline entries for decks and subdecks ("A::B" nested under "A").
#include <string>
#include <utility>
#include <vector>

#include "print/sheet_layout.h"

namespace deckpress::print {

// `first_pages` holds each deck's name and first page, in order of
// appearance. A parent deck without cards of its own points at the first
// page of its first subdeck.
std::vector<Bookmark> deck_bookmarks(const std::vector<std::pair<std::string, int>>& first_pages);

}  // namespace deckpress::print
