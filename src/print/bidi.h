#pragma once
// The Unicode bidirectional algorithm (UAX #9, by FriBidi): embedding
// levels of a paragraph's characters, and the visual order of a line's.
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "print/rich_text.h"

namespace deckpress::print {

struct BidiLevels {
  std::vector<uint8_t> levels;  // per character; odd is right to left
  uint8_t base = 0;             // the paragraph's own level
};

// `automatic` takes the direction of the first strong character (rules P2
// and P3), left to right when there is none.
BidiLevels bidi_levels(std::u32string_view text, Direction direction);

// Whether the text holds a right-to-left character (Hebrew, Arabic...).
bool has_right_to_left(std::u32string_view text);

struct BidiRun {
  size_t begin = 0;  // characters [begin, end) of the line
  size_t end = 0;
  bool rtl = false;
};

// The runs of one line from left to right (rules L1 and L2), given its
// characters and their levels: white space at the line's end takes the
// paragraph's level, then runs of higher levels are reversed.
std::vector<BidiRun> visual_runs(std::u32string_view line, std::span<const uint8_t> levels, uint8_t base);

}  // namespace deckpress::print
