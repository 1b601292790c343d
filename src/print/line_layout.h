#pragma once
// One line of prepared text made into page items: the runs of text, glyph
// outlines with their text laid invisibly underneath, formulas and ruby,
// underlines and highlights, in visual order and aligned in its column.
#include <vector>

#include "print/line_breaker.h"
#include "print/page_items.h"
#include "print/rich_text.h"

namespace deckpress::print {

struct StyledText;

// Line height and baseline position as multiples of the font size.
constexpr double kLineHeight = 1.25;
constexpr double kAscent = 0.95;
// The width of the hyphen a word broken across lines gets, in em.
constexpr double kHyphenWidth = 0.333;

// A line's extent above and below its baseline, in em: the standard line,
// grown by superscripts, formulas and ruby.
struct LineBox {
  double ascent = kAscent;
  double descent = kLineHeight - kAscent;
  double height() const { return ascent + descent; }
};

LineBox line_box(const StyledText& text, const LineRange& line);

struct LinePlacement {
  double x = 0;      // the column's left edge, pt
  double width = 0;  // the column's width, pt
  double baseline = 0;
  double size = 0;  // the block's font size
  Align align = Align::start;
  bool code = false;  // a broken line gets the continuation mark on its next line, not a hyphen
};

// The items that draw `line`, appended to `items`.
void emit_line(const StyledText& text, const LineRange& line, const LinePlacement& at, std::vector<Item>& items);

// Whether the text reads right to left as a whole (its paragraph level).
bool is_right_to_left(const StyledText& text);

}  // namespace deckpress::print
