#pragma once
// Where the cards sit on a sheet: the grid of front cells and, for each, the
// cell its back is printed in, with the way each side's content is turned.
#include <optional>
#include <vector>

#include "print/units.h"

namespace deckpress::print {

enum class Sides {
  duplex_long,        // backs on the next page, for flipping on the long edge
  duplex_short,       // backs on the next page, for flipping on the short edge
  fronts_then_backs,  // all fronts, then all backs (turn the stack by hand)
  fronts_only,        // the front pages alone
  backs_only,         // the back pages alone, as duplex-long prints them
  fold,               // front and back side by side, folded at the card edge
  list,               // a study sheet: question and answer side by side, no cards
};

enum class Orientation { portrait, landscape };

// Whether cards may be turned a quarter on the page to fit more per sheet.
enum class CardTurn { automatic, upright, turned };

struct GeometrySpec {
  Size paper;                              // as named (portrait) or as given
  bool paper_as_given = false;             // a custom size: keep its orientation
  std::optional<Orientation> orientation;  // unset: whichever fits more cards
  Size card;                               // width x height as the card is read
  CardTurn turn = CardTurn::automatic;
  double margin = mm_to_pt(5);  // unprintable border on every side
  double gutter = 0;            // space between neighbouring cards (or folded pairs)
  Sides sides = Sides::duplex_long;
  double back_offset_x = 0;  // shifts back pages right
  double back_offset_y = 0;  // shifts back pages down
};

// A card's place on a page. `turns` counts quarter turns of its content,
// counterclockwise as the page is seen: 0 upright, 1 the card's top at the
// cell's left edge, 2 upside down, 3 the card's top at the cell's right edge.
struct Cell {
  Rect rect;
  int turns = 0;
  bool operator==(const Cell&) const = default;
};

// Where a folded pair bends: between front and back.
enum class Hinge { none, vertical, horizontal };

// Every note, label and tick needs a strip this thick between the cards and
// the printable edge, on two opposite sides of the page at least.
constexpr double kFurnitureBand = 7.2;

struct Grid {
  Size page;
  Size card;        // as read
  Rect printable;   // the page less the margin
  int columns = 0;  // of cards, or of folded pairs
  int rows = 0;
  Hinge hinge = Hinge::none;
  std::vector<Cell> fronts;  // row-major
  std::vector<Cell> backs;   // backs[i] is printed behind fronts[i] (beside it when folded)

  size_t cards_per_page() const { return fronts.size(); }
  // The printable area of the back pages, moved with them by the back offset.
  Rect back_printable(const GeometrySpec& spec) const;
};

// The places of `cells` on the page.
std::vector<Rect> rects_of(const std::vector<Cell>& cells);

// The grid that holds the most cards, centred on the page and leaving room
// for the page's notes, or nothing when not a single card fits.
std::optional<Grid> make_grid(const GeometrySpec& spec);

// The page a list (study sheet) is laid out on: its size and printable area.
Grid list_page(const GeometrySpec& spec);

struct Point {
  double x = 0;
  double y = 0;
};

// An affine map in the layout's coordinates (top-left origin, y down):
// x' = a x + c y + e, y' = b x + d y + f.
struct Transform {
  double a = 1, b = 0, c = 0, d = 1, e = 0, f = 0;
  Point apply(Point p) const { return {a * p.x + c * p.y + e, b * p.x + d * p.y + f}; }
  bool operator==(const Transform&) const = default;
};

// Takes a point of the card (its top-left corner at 0, 0, as it is read)
// to where it lands on the page when the card is in `cell`.
Transform cell_transform(const Cell& cell);

}  // namespace deckpress::print
