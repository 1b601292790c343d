#pragma once
// Greedy line breaking at Unicode (UAX #14) break opportunities, found by
// libunibreak, with measured widths. A word wider than the line is broken
// between characters, so nothing is ever cut off at the side.
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace deckpress::print {

enum class BreakRule : unsigned char { must, allow, none };

// One code point, ready for breaking.
struct TextUnit {
  char32_t code_point = 0;
  double advance = 0;                 // in the caller's unit (e.g. em)
  BreakRule after = BreakRule::none;  // may the line end after it?
  int face = 0;                       // for the caller: the font that draws it
  int span = 0;                       // for the caller: the span it came from
};

// The rule after each code point (the last one is always `must`).
std::vector<BreakRule> find_breaks(std::u32string_view code_points);

struct LineRange {
  size_t begin = 0;  // units [begin, end)
  size_t end = 0;
  double width = 0;  // without trailing spaces and the forced break
};

// Fills lines no wider than `max_width`, except single characters wider than it.
std::vector<LineRange> break_lines(std::span<const TextUnit> units, double max_width);

}  // namespace deckpress::print
