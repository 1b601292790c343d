#pragma once
// Greedy line breaking at Unicode (UAX #14) break opportunities, found by
// libunibreak, with measured widths. A word wider than the line is broken
// between characters (leaving room for a hyphen), so nothing is ever cut
// off at the side.
#include <optional>
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
  int object = -1;                    // for the caller: an inline object it stands for
};

// The rule after each code point (the last one is always `must`).
std::vector<BreakRule> find_breaks(std::u32string_view code_points);

struct LineRange {
  size_t begin = 0;     // units [begin, end)
  size_t end = 0;
  double width = 0;     // without trailing spaces and the forced break
  double indent = 0;    // where the line starts: a wrapped code line's hanging indent
  bool broken = false;  // it ends inside a word, which went on on the next line
  bool continued = false;  // it goes on a line that the previous one filled (code: marked)
};

struct BreakOptions {
  double max_width = 0;
  double hyphen = 0;  // room kept after a word broken inside
  // Code: a wrapped line goes on indented like the start of its line plus
  // this much (the continuation mark's room).
  std::optional<double> hang;
};

// Fills lines no wider than `max_width`, except single characters wider than it.
std::vector<LineRange> break_lines(std::span<const TextUnit> units, const BreakOptions& options);

}  // namespace deckpress::print
