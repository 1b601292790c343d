#include <catch2/catch.hpp>

#include "print/furniture.h"
#include "print/options.h"

using namespace deckpress;
using namespace deckpress::print;

namespace {

Grid grid_for(const SheetOptions& options) {
  Diagnostics diagnostics;
  auto config = read_sheet_config({}, options, diagnostics);
  REQUIRE(config);
  return config->grid;
}

// Whether a horizontal or vertical segment enters a card's interior.
bool crosses(const LineItem& line, const Rect& cell) {
  double left = std::min(line.x1, line.x2), right = std::max(line.x1, line.x2);
  double top = std::min(line.y1, line.y2), bottom = std::max(line.y1, line.y2);
  return right > cell.x && left < cell.right() && bottom > cell.y && top < cell.bottom();
}

}  // namespace

TEST_CASE("cut ticks stay outside every card, also between cards with a gutter") {
  for (const char* gutter : {"0", "6"}) {
    INFO("gutter " << gutter);
    Grid grid = grid_for({{"gutter", gutter}});
    std::vector<Item> ticks = cut_ticks(grid.fronts, grid.page);
    // Two ticks per outer cut line end at least: 3 vertical lines, 5 horizontal.
    CHECK(ticks.size() >= 16);
    for (const Item& item : ticks) {
      const auto& tick = std::get<LineItem>(item);
      for (const Rect& cell : grid.fronts) CHECK_FALSE(crosses(tick, cell));
    }
  }
}

TEST_CASE("in fold mode the middle gets fold dashes, not cut ticks") {
  Grid grid = grid_for({{"sides", "fold"}});
  double middle = grid.page.width / 2;
  for (const Item& item : cut_ticks(folded_cards(grid), grid.page)) {
    const auto& tick = std::get<LineItem>(item);
    CHECK_FALSE((tick.x1 == Approx(middle) && tick.x2 == Approx(middle)));
  }
  std::vector<Rect> cells = grid.fronts;
  cells.insert(cells.end(), grid.backs.begin(), grid.backs.end());
  std::vector<Item> dashes = fold_marks(cells, grid.page);
  CHECK(dashes.size() == 6);
  for (const Item& item : dashes) CHECK(std::get<LineItem>(item).x1 == Approx(middle));
}

TEST_CASE("the setting names are the ones the user guide lists") {
  CHECK(sheet_setting_names() ==
        std::vector<std::string>{"paper", "orientation", "card", "margin", "gutter", "sides", "back-offset", "frames",
                                 "cut-marks", "max-font-size", "min-font-size", "fonts"});
}
