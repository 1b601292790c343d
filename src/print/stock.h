#pragma once
// Named paper sizes and card stocks, and custom sizes such as "90x60mm" or
// "3x5in". Names are read without regard to case ("A4", "3X5IN").
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "print/units.h"

namespace deckpress::print {

struct Paper {
  Size size;
  bool custom = false;  // given as "WxH": its orientation is kept
};

// "a4", "letter", "legal", "a5", "a3", "tabloid" (portrait), or a custom size.
std::optional<Paper> paper_size(std::string_view name);

// A card stock's size as the card is read (width x height): "a7", "a6",
// "a8", "index-3x5", "index-4x6", "business", "business-eu", "poker", or a
// custom size.
std::optional<Size> card_stock(std::string_view name);

// The card stock names, in the order the user guide lists them.
std::vector<std::string> card_stock_names();

// "210x297mm", "21x29.7cm", "3x5in" -> size in points; nothing for anything else.
std::optional<Size> parse_size(std::string_view text);

}  // namespace deckpress::print
