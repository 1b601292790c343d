#pragma once
// Prepared text broken into lines and stacked in a column: what paragraphs,
// list items, code and table cells share.
#include <vector>

#include "print/line_layout.h"
#include "print/page_items.h"
#include "print/styled_text.h"

namespace deckpress::print {

struct ColumnText {
  double x = 0;
  double width = 0;
  double top = 0;
  double size = 0;
  Align align = Align::start;
  bool code = false;  // wrapped lines keep their indentation and get the continuation mark
};

struct ColumnResult {
  double height = 0;
  int squeezed = 0;  // words broken inside and code lines wrapped (each once), lines scaled down to fit
};

// Breaks and stacks `text` in the column; items go to `items` unless it is null.
ColumnResult place_text(const StyledText& text, const ColumnText& column, std::vector<Item>* items);

// The widest word (between break opportunities) and the widest forced line,
// in em: what a table column needs at least and would like.
struct ContentWidths {
  double min = 0;
  double max = 0;
};
ContentWidths content_widths(const StyledText& text);

}  // namespace deckpress::print
