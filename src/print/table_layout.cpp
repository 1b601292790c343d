#include "print/table_layout.h"

#include <algorithm>
#include <numeric>

namespace deckpress::print {
namespace {

constexpr Color kRuleColor{0.6, 0.6, 0.6};
constexpr Color kHeaderFill{0.94, 0.94, 0.94};

// The cells' places on the grid: each takes the first free column of its
// row, and rows below it for its rowspan.
void place_on_grid(PreparedTable& table, const std::vector<std::vector<TableCell>>& rows) {
  std::vector<std::vector<bool>> taken;
  auto occupy = [&](int row, int column) {
    if (taken.size() <= static_cast<size_t>(row)) taken.resize(static_cast<size_t>(row) + 1);
    auto& line = taken[static_cast<size_t>(row)];
    if (line.size() <= static_cast<size_t>(column)) line.resize(static_cast<size_t>(column) + 1, false);
    line[static_cast<size_t>(column)] = true;
  };
  auto free = [&](int row, int column) {
    return taken.size() <= static_cast<size_t>(row) || taken[static_cast<size_t>(row)].size() <= static_cast<size_t>(column) ||
           !taken[static_cast<size_t>(row)][static_cast<size_t>(column)];
  };
  size_t index = 0;
  for (int row = 0; row < static_cast<int>(rows.size()); ++row) {
    int column = 0;
    for (size_t k = 0; k < rows[static_cast<size_t>(row)].size(); ++k, ++index) {
      PreparedCell& cell = table.cells[index];
      while (!free(row, column)) ++column;
      cell.row = row;
      cell.column = column;
      cell.rowspan = std::min(cell.rowspan, static_cast<int>(rows.size()) - row);
      for (int r = row; r < row + cell.rowspan; ++r) {
        for (int c = column; c < column + cell.colspan; ++c) occupy(r, c);
      }
      column += cell.colspan;
      table.columns = std::max(table.columns, column);
    }
  }
  table.rows = static_cast<int>(rows.size());
}

// Spreads what a spanning cell needs beyond its columns' sum over them.
void widen(std::vector<double>& columns, int first, int count, double needed) {
  double has = std::accumulate(columns.begin() + first, columns.begin() + first + count, 0.0);
  if (has >= needed) return;
  for (int c = first; c < first + count; ++c) columns[static_cast<size_t>(c)] += (needed - has) / count;
}

struct Widths {
  std::vector<double> columns;
  bool squeezed = false;  // even the narrowest columns do not fit
};

// Automatic table layout: every column at its widest content if that fits,
// else at its narrowest plus a share of the room left, in proportion to
// how much more it would like.
Widths column_widths(const PreparedTable& table, double cell_size, double padding, double available) {
  std::vector<double> min(static_cast<size_t>(table.columns), 0), max(min);
  for (int pass = 0; pass < 2; ++pass) {  // single cells first, then the spanning ones
    for (const PreparedCell& cell : table.cells) {
      if ((cell.colspan > 1) != (pass == 1)) continue;
      widen(min, cell.column, cell.colspan, cell.widths.min * cell_size + 2 * padding);
      widen(max, cell.column, cell.colspan, cell.widths.max * cell_size + 2 * padding);
    }
  }
  double min_sum = std::accumulate(min.begin(), min.end(), 0.0);
  double max_sum = std::accumulate(max.begin(), max.end(), 0.0);
  Widths widths{max, false};
  if (max_sum <= available) return widths;
  if (min_sum > available) {
    for (size_t c = 0; c < min.size(); ++c) widths.columns[c] = min[c] * available / min_sum;
    widths.squeezed = true;
    return widths;
  }
  double share = (available - min_sum) / (max_sum - min_sum);
  for (size_t c = 0; c < min.size(); ++c) widths.columns[c] = min[c] + (max[c] - min[c]) * share;
  return widths;
}

double span_width(const std::vector<double>& sizes, int first, int count) {
  return std::accumulate(sizes.begin() + first, sizes.begin() + first + count, 0.0);
}

}  // namespace

PreparedTable prepare_table(const std::vector<std::vector<TableCell>>& rows, FontMetrics& metrics,
                            GlyphProblems& problems, const TypesetFormulas* math) {
  PreparedTable table;
  for (const auto& row : rows) {
    for (const TableCell& cell : row) {
      PreparedCell prepared;
      prepared.text = prepare_text(cell.spans, metrics, problems, Direction::automatic, math);
      prepared.colspan = cell.colspan;
      prepared.rowspan = cell.rowspan;
      prepared.header = cell.header;
      prepared.align = cell.align == Align::start && cell.header ? Align::center : cell.align;
      prepared.background = cell.background;
      prepared.widths = content_widths(prepared.text);
      table.cells.push_back(std::move(prepared));
    }
  }
  place_on_grid(table, rows);
  return table;
}

ColumnResult place_table(const PreparedTable& table, double size, double x, double width, double top, Align align,
                         std::vector<Item>* items) {
  double cell_size = size * kTableScale;
  double padding = kCellPadding * size;
  Widths widths = column_widths(table, cell_size, padding, width);
  ColumnResult result;
  result.squeezed = widths.squeezed ? 1 : 0;
  std::vector<double> heights(static_cast<size_t>(table.rows), 0);
  std::vector<double> text_heights(table.cells.size());
  auto column_of = [&](const PreparedCell& cell) {
    return ColumnText{0, span_width(widths.columns, cell.column, cell.colspan) - 2 * padding, 0, cell_size, cell.align};
  };
  for (int pass = 0; pass < 2; ++pass) {  // single rows first, then the spanning cells
    for (size_t i = 0; i < table.cells.size(); ++i) {
      const PreparedCell& cell = table.cells[i];
      if ((cell.rowspan > 1) != (pass == 1)) continue;
      ColumnResult text = place_text(cell.text, column_of(cell), nullptr);
      if (pass == 0) result.squeezed += text.squeezed;
      text_heights[i] = text.height;
      widen(heights, cell.row, cell.rowspan, text.height + 2 * padding);
    }
  }
  double table_width = std::accumulate(widths.columns.begin(), widths.columns.end(), 0.0);
  double left = x + (align == Align::center ? (width - table_width) / 2 : align == Align::right ? width - table_width : 0);
  result.height = std::accumulate(heights.begin(), heights.end(), 0.0);
  if (!items) return result;
  std::vector<Item> borders;
  for (size_t i = 0; i < table.cells.size(); ++i) {
    const PreparedCell& cell = table.cells[i];
    Rect box{left + span_width(widths.columns, 0, cell.column), top + span_width(heights, 0, cell.row),
             span_width(widths.columns, cell.column, cell.colspan), span_width(heights, cell.row, cell.rowspan)};
    std::optional<Color> fill = cell.background ? cell.background : cell.header ? std::optional(kHeaderFill) : std::nullopt;
    if (fill) items->emplace_back(BoxItem{box, fill, std::nullopt});
    ColumnText column = column_of(cell);
    column.x = box.x + padding;
    column.top = box.y + (box.height - text_heights[i]) / 2;
    place_text(cell.text, column, items);
    borders.emplace_back(BoxItem{box, std::nullopt, kRuleColor, 0.4});
  }
  items->insert(items->end(), borders.begin(), borders.end());
  return result;
}

}  // namespace deckpress::print
