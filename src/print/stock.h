#pragma once
// Named paper sizes and card stocks, and custom "WxHmm" sizes.
#include <optional>
#include <string_view>

#include "print/geometry.h"
#include "print/units.h"

namespace deckpress::print {

// "a4", "letter", "legal", "a5", "a3" (portrait), or "WxHmm".
std::optional<Size> paper_size(std::string_view name);

struct CardStock {
  Size size;  // width x height as the card is read
  Orientation paper = Orientation::portrait;  // the way the sheet tiles best
};

// "a7", "a6", "index-3x5", "index-4x6", "business", "business-eu", "poker",
// or "WxHmm" (on portrait paper).
std::optional<CardStock> card_stock(std::string_view name);

// "210x297mm" -> size in points; nothing for anything else.
std::optional<Size> parse_mm_size(std::string_view text);

}  // namespace deckpress::print
