#pragma once
// Where the cards sit on a sheet: the grid of front cells and, for each, the
// cell its back is printed in.
#include <optional>
#include <vector>

#include "print/units.h"

namespace deckpress::print {

enum class Sides {
  duplex_long,        // backs on the next page, for flipping on the long edge
  duplex_short,       // backs on the next page, for flipping on the short edge
  fronts_then_backs,  // all fronts, then all backs (turn the stack by hand)
  fold,               // front and back side by side, fold along the middle
};

enum class Orientation { portrait, landscape };

struct GeometrySpec {
  Size paper;  // portrait
  Orientation orientation = Orientation::portrait;
  Size card;
  double margin = mm_to_pt(5);  // unprintable border on every side
  double gutter = 0;            // space between neighbouring cards
  Sides sides = Sides::duplex_long;
  double back_offset_x = 0;  // shifts back pages right
  double back_offset_y = 0;  // shifts back pages down
};

struct Grid {
  Size page;
  int columns = 0;
  int rows = 0;
  std::vector<Rect> fronts;  // row-major
  std::vector<Rect> backs;   // backs[i] is printed behind fronts[i]

  size_t cards_per_page() const { return fronts.size(); }
};

// The grid, centred on the page, or nothing when not a single card fits.
std::optional<Grid> make_grid(const GeometrySpec& spec);

}  // namespace deckpress::print
