#include "print/geometry.h"

#include <algorithm>
#include <cmath>

namespace deckpress::print {
namespace {

// Rounding in mm-to-pt conversions must not lose a card that fits exactly.
constexpr double kTolerance = 1e-6;

int count_fitting(double space, double card, double gutter) {
  if (space < card - kTolerance) return 0;
  return static_cast<int>(std::floor((space + gutter) / (card + gutter) + kTolerance));
}

// A flip turns the sheet about an axis parallel to the edge it is named
// after. Viewers print a landscape page turned onto portrait paper, so on a
// landscape page the long edge is horizontal. A fold is always vertical.
bool mirrors_horizontally(Sides sides, Size page) {
  bool portrait = page.width <= page.height;
  switch (sides) {
    case Sides::fold:
      return true;
    case Sides::duplex_short:
      return !portrait;
    case Sides::duplex_long:
    case Sides::fronts_then_backs:
      return portrait;
  }
  return true;
}

Rect back_of(const Rect& front, const GeometrySpec& spec, Size page) {
  Rect back = front;
  if (mirrors_horizontally(spec.sides, page)) {
    back.x = page.width - front.x - front.width;
  } else {
    back.y = page.height - front.y - front.height;
  }
  back.x += spec.back_offset_x;
  back.y += spec.back_offset_y;
  return back;
}

Grid grid_on(Size page, const GeometrySpec& spec) {
  // In fold mode the fronts use the left half; the fold replaces a margin.
  double area_width = spec.sides == Sides::fold ? page.width / 2 - spec.margin - spec.gutter / 2
                                                : page.width - 2 * spec.margin;
  Grid grid;
  grid.page = page;
  grid.columns = count_fitting(area_width, spec.card.width, spec.gutter);
  grid.rows = count_fitting(page.height - 2 * spec.margin, spec.card.height, spec.gutter);
  if (grid.columns == 0 || grid.rows == 0) return grid;

  double block_width = grid.columns * (spec.card.width + spec.gutter) - spec.gutter;
  double block_height = grid.rows * (spec.card.height + spec.gutter) - spec.gutter;
  double left = spec.margin + (area_width - block_width) / 2;
  double top = (page.height - block_height) / 2;
  for (int row = 0; row < grid.rows; ++row) {
    for (int column = 0; column < grid.columns; ++column) {
      Rect front{left + column * (spec.card.width + spec.gutter),
                 top + row * (spec.card.height + spec.gutter), spec.card.width, spec.card.height};
      grid.fronts.push_back(front);
      grid.backs.push_back(back_of(front, spec, page));
    }
  }
  return grid;
}

}  // namespace

std::optional<Grid> make_grid(const GeometrySpec& spec) {
  double short_side = std::min(spec.paper.width, spec.paper.height);
  double long_side = std::max(spec.paper.width, spec.paper.height);
  Size page = spec.orientation == Orientation::portrait ? Size{short_side, long_side} : Size{long_side, short_side};
  Grid grid = grid_on(page, spec);
  if (grid.cards_per_page() == 0) return std::nullopt;
  return grid;
}

}  // namespace deckpress::print
