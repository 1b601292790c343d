#pragma once
// Tables: cells placed on a grid (colspan, rowspan), columns as wide as
// their content asks (as a browser's automatic table layout does), rows as
// tall as their tallest cell, each cell's text aligned in it.
#include <optional>
#include <vector>

#include "print/styled_text.h"
#include "print/text_column.h"

namespace deckpress::print {

struct PreparedCell {
  StyledText text;
  int row = 0;
  int column = 0;
  int rowspan = 1;
  int colspan = 1;
  bool header = false;
  Align align = Align::start;
  std::optional<Color> background;
  ContentWidths widths;  // em of the cell's font
};

struct PreparedTable {
  int rows = 0;
  int columns = 0;
  std::vector<PreparedCell> cells;
};

PreparedTable prepare_table(const std::vector<std::vector<TableCell>>& rows, FontMetrics& metrics,
                            GlyphProblems& problems, const TypesetFormulas* math);

// Lays the table out at `top` in a column; a table narrower than the
// column sits where `align` says.
ColumnResult place_table(const PreparedTable& table, double size, double x, double width, double top, Align align,
                         std::vector<Item>* items);

// Proportions of the base font size.
constexpr double kTableScale = 0.9;
constexpr double kCellPadding = 0.35;

}  // namespace deckpress::print
