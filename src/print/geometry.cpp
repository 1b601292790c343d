#include "print/geometry.h"

#include <algorithm>
#include <cmath>

namespace deckpress::print {
namespace {

// Rounding in mm-to-pt conversions must not lose a card that fits exactly.
constexpr double kTolerance = 1e-6;

int count_fitting(double space, double unit, double gutter) {
  if (space < unit - kTolerance) return 0;
  return static_cast<int>(std::floor((space + gutter) / (unit + gutter) + kTolerance));
}

// A flip turns the sheet about an axis parallel to the edge it is named
// after. Viewers print a landscape page turned onto portrait paper, so on a
// landscape page the long edge is horizontal.
bool flips_about_vertical_axis(Sides sides, Size page) {
  bool portrait = page.width <= page.height;
  return sides == Sides::duplex_short ? !portrait : portrait;
}

// A cut card is turned over from left to right, like the page of a book.
// Where the sheet turns about the other axis, its backs are upside down on
// the back page, so that the card shows them upright.
int back_turns(int front_turns, bool vertical_axis) { return ((vertical_axis ? 0 : 2) - front_turns + 8) % 4; }

// One way of putting cards on the page: which page, whether cards are
// turned a quarter, and where a folded pair bends.
struct Layout {
  Size page;
  bool turned = false;
  Hinge hinge = Hinge::none;
};

Size footprint(Size card, bool turned) { return turned ? Size{card.height, card.width} : card; }

// A card, or a folded pair, as it is cut from the page.
Size unit_of(Size cell, Hinge hinge) {
  switch (hinge) {
    case Hinge::vertical:
      return {2 * cell.width, cell.height};
    case Hinge::horizontal:
      return {cell.width, 2 * cell.height};
    case Hinge::none:
      break;
  }
  return cell;
}

bool room_for_furniture(const Rect& area, double block_width, double block_height) {
  return (area.height - block_height) / 2 >= kFurnitureBand - kTolerance ||
         (area.width - block_width) / 2 >= kFurnitureBand - kTolerance;
}

Rect printable_of(Size page, double margin) {
  return Rect{margin, margin, std::max(0.0, page.width - 2 * margin), std::max(0.0, page.height - 2 * margin)};
}

// The cells of one card (or folded pair) whose unit starts at (x, y).
void add_unit(Grid& grid, const Layout& layout, const GeometrySpec& spec, double x, double y) {
  Size cell = footprint(spec.card, layout.turned);
  Cell front{Rect{x, y, cell.width, cell.height}, layout.turned ? 1 : 0};
  Cell back = front;
  if (layout.hinge == Hinge::vertical) {
    back.rect.x += cell.width;
    back.turns = back_turns(front.turns, true);
  } else if (layout.hinge == Hinge::horizontal) {
    back.rect.y += cell.height;
    back.turns = back_turns(front.turns, false);
  } else {
    bool vertical_axis = flips_about_vertical_axis(spec.sides, layout.page);
    if (vertical_axis) {
      back.rect.x = layout.page.width - front.rect.right();
    } else {
      back.rect.y = layout.page.height - front.rect.bottom();
    }
    back.turns = back_turns(front.turns, vertical_axis);
    back.rect.x += spec.back_offset_x;
    back.rect.y += spec.back_offset_y;
  }
  grid.fronts.push_back(front);
  grid.backs.push_back(back);
}

Grid grid_for(const Layout& layout, const GeometrySpec& spec) {
  Grid grid;
  grid.page = layout.page;
  grid.card = spec.card;
  grid.hinge = layout.hinge;
  grid.printable = printable_of(layout.page, spec.margin);
  Size unit = unit_of(footprint(spec.card, layout.turned), layout.hinge);
  const Rect& area = grid.printable;
  int columns = count_fitting(area.width, unit.width, spec.gutter);
  int rows = count_fitting(area.height, unit.height, spec.gutter);
  auto block = [&](int count, double size) { return count * (size + spec.gutter) - spec.gutter; };
  // Losing the row or column that costs fewer cards, until the notes fit.
  while (columns > 0 && rows > 0 &&
         !room_for_furniture(area, block(columns, unit.width), block(rows, unit.height))) {
    (columns <= rows ? rows : columns) -= 1;
  }
  if (columns == 0 || rows == 0) return grid;
  grid.columns = columns;
  grid.rows = rows;
  double left = (layout.page.width - block(columns, unit.width)) / 2;
  double top = (layout.page.height - block(rows, unit.height)) / 2;
  for (int row = 0; row < rows; ++row) {
    for (int column = 0; column < columns; ++column) {
      add_unit(grid, layout, spec, left + column * (unit.width + spec.gutter), top + row * (unit.height + spec.gutter));
    }
  }
  return grid;
}

std::vector<Size> candidate_pages(const GeometrySpec& spec) {
  double short_side = std::min(spec.paper.width, spec.paper.height);
  double long_side = std::max(spec.paper.width, spec.paper.height);
  Size portrait{short_side, long_side};
  Size landscape{long_side, short_side};
  if (spec.orientation) return {*spec.orientation == Orientation::portrait ? portrait : landscape};
  if (spec.paper_as_given) return {spec.paper};
  return {portrait, landscape};
}

// In order of preference when two hold as many cards: upright cards, then a
// hinge that keeps the back upright, then portrait paper.
std::vector<Layout> candidate_layouts(const GeometrySpec& spec) {
  std::vector<bool> turns;
  if (spec.turn != CardTurn::turned) turns.push_back(false);
  if (spec.turn != CardTurn::upright) turns.push_back(true);
  std::vector<Hinge> hinges{Hinge::none};
  if (spec.sides == Sides::fold) hinges = {Hinge::vertical, Hinge::horizontal};
  std::vector<Layout> layouts;
  for (bool turned : turns) {
    for (Hinge hinge : hinges) {
      for (Size page : candidate_pages(spec)) layouts.push_back(Layout{page, turned, hinge});
    }
  }
  return layouts;
}

}  // namespace

Rect Grid::back_printable(const GeometrySpec& spec) const {
  if (hinge != Hinge::none) return printable;
  Rect moved = printable;
  moved.x += spec.back_offset_x;
  moved.y += spec.back_offset_y;
  double left = std::max(0.0, moved.x);
  double top = std::max(0.0, moved.y);
  double right = std::min(page.width, moved.right());
  double bottom = std::min(page.height, moved.bottom());
  return Rect{left, top, std::max(0.0, right - left), std::max(0.0, bottom - top)};
}

std::vector<Rect> rects_of(const std::vector<Cell>& cells) {
  std::vector<Rect> rects;
  rects.reserve(cells.size());
  for (const Cell& cell : cells) rects.push_back(cell.rect);
  return rects;
}

std::optional<Grid> make_grid(const GeometrySpec& spec) {
  std::optional<Grid> best;
  for (const Layout& layout : candidate_layouts(spec)) {
    Grid grid = grid_for(layout, spec);
    if (grid.cards_per_page() > 0 && (!best || grid.cards_per_page() > best->cards_per_page())) {
      best = std::move(grid);
    }
  }
  return best;
}

Grid list_page(const GeometrySpec& spec) {
  Grid grid;
  grid.page = candidate_pages(spec).front();
  grid.card = spec.card;
  grid.printable = printable_of(grid.page, spec.margin);
  return grid;
}

Transform cell_transform(const Cell& cell) {
  const Rect& r = cell.rect;
  switch (cell.turns) {
    case 1:
      return {0, -1, 1, 0, r.x, r.bottom()};
    case 2:
      return {-1, 0, 0, -1, r.right(), r.bottom()};
    case 3:
      return {0, 1, -1, 0, r.right(), r.y};
    default:
      return {1, 0, 0, 1, r.x, r.y};
  }
}

}  // namespace deckpress::print
