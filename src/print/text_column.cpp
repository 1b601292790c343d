#include "print/text_column.h"

#include <algorithm>

namespace deckpress::print {
namespace {

// Room before a wrapped code line's continuation, for its mark, in em.
constexpr double kHang = 1.0;

}  // namespace

ColumnResult place_text(const StyledText& text, const ColumnText& column, std::vector<Item>* items) {
  BreakOptions options{column.width / column.size, column.code ? 0 : kHyphenWidth, std::nullopt};
  if (column.code) options.hang = kHang;
  std::vector<LineRange> lines = break_lines(text.units, options);
  ColumnResult result;
  double y = column.top;
  bool in_broken_word = false;
  for (const LineRange& line : lines) {
    // One unbreakable piece wider than the column (a formula, ruby, a long
    // character) is drawn smaller, never cut.
    double room = options.max_width - line.indent;
    double shrink = line.width > room && line.width > 0 ? room / line.width : 1;
    // A word broken over three lines is one broken word; a code line
    // wrapped at all counts once too: code reads best as written.
    bool wrapped_code = column.code && !line.continued && !line.broken && line.end < text.units.size() &&
                        text.units[line.end - 1].after != BreakRule::must;
    if ((line.broken && !in_broken_word) || wrapped_code || shrink < 1) ++result.squeezed;
    in_broken_word = line.broken;
    double size = column.size * shrink;
    LineBox box = text.plain ? LineBox{} : line_box(text, line);
    if (items) {
      LinePlacement at{column.x, column.width, y + box.ascent * size, size, column.align, column.code};
      emit_line(text, line, at, *items);
    }
    y += box.height() * size;
  }
  result.height = y - column.top;
  return result;
}

ContentWidths content_widths(const StyledText& text) {
  ContentWidths widths;
  double word = 0;
  double line = 0;
  for (const TextUnit& unit : text.units) {
    bool space = unit.code_point == ' ' || unit.code_point == '\n';
    if (!space) word += unit.advance;
    line += unit.code_point == '\n' ? 0 : unit.advance;
    widths.min = std::max(widths.min, word);
    widths.max = std::max(widths.max, line);
    if (unit.after != BreakRule::none) word = 0;
    if (unit.after == BreakRule::must) line = 0;
  }
  return widths;
}

}  // namespace deckpress::print
