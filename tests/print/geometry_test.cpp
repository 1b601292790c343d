#include <catch2/catch.hpp>

#include "print/geometry.h"
#include "print/stock.h"

using namespace deckpress::print;

namespace {

GeometrySpec spec_for(const char* paper, const char* card, Sides sides = Sides::duplex_long) {
  GeometrySpec spec;
  spec.paper = *paper_size(paper);
  spec.card = card_stock(card)->size;
  spec.orientation = card_stock(card)->paper;
  spec.sides = sides;
  return spec;
}

double mm(double points) { return points / kPointsPerMm; }

}  // namespace

TEST_CASE("presets give the usual number of cards per sheet") {
  struct Expected {
    const char* paper;
    const char* card;
    int columns;
    int rows;
  };
  for (Expected e : {Expected{"a4", "a7", 2, 4}, Expected{"a4", "a6", 2, 2}, Expected{"letter", "business", 2, 5},
                     Expected{"a4", "business-eu", 2, 5}, Expected{"a4", "poker", 3, 3},
                     Expected{"letter", "poker", 3, 3}, Expected{"letter", "index-4x6", 1, 2},
                     Expected{"a4", "index-3x5", 1, 3}, Expected{"letter", "index-3x5", 1, 3}}) {
    INFO(e.paper << " " << e.card);
    auto grid = make_grid(spec_for(e.paper, e.card));
    REQUIRE(grid);
    CHECK(grid->columns == e.columns);
    CHECK(grid->rows == e.rows);
  }
}

TEST_CASE("business cards on letter sit where Avery 5371 puts them") {
  auto grid = make_grid(spec_for("letter", "business"));
  REQUIRE(grid);
  CHECK(grid->fronts[0].x == Approx(0.75 * 72));
  CHECK(grid->fronts[0].y == Approx(0.5 * 72));
  CHECK(grid->fronts[1].x == Approx(0.75 * 72 + 3.5 * 72));
}

TEST_CASE("A6 cards turn the paper to landscape, A7 cards do not") {
  auto grid = make_grid(spec_for("a4", "a6"));
  REQUIRE(grid);
  CHECK(mm(grid->page.width) == Approx(297));
  auto a7 = make_grid(spec_for("a4", "a7"));
  CHECK(mm(a7->page.width) == Approx(210));
}

TEST_CASE("every back cell mirrors its front for the flip of each side mode") {
  for (Sides sides : {Sides::duplex_long, Sides::fronts_then_backs, Sides::fold}) {
    GeometrySpec spec = spec_for("a4", "a7", sides);
    spec.margin = mm_to_pt(4);
    auto grid = make_grid(spec);
    REQUIRE(grid);
    for (size_t i = 0; i < grid->cards_per_page(); ++i) {
      const Rect& front = grid->fronts[i];
      const Rect& back = grid->backs[i];
      CHECK(back.x == Approx(grid->page.width - front.x - front.width));
      CHECK(back.y == Approx(front.y));
    }
  }
  auto grid = make_grid(spec_for("a4", "a7", Sides::duplex_short));
  REQUIRE(grid);
  for (size_t i = 0; i < grid->cards_per_page(); ++i) {
    CHECK(grid->backs[i].x == Approx(grid->fronts[i].x));
    CHECK(grid->backs[i].y == Approx(grid->page.height - grid->fronts[i].y - grid->fronts[i].height));
  }
}

TEST_CASE("on landscape paper the long-edge flip mirrors vertically") {
  GeometrySpec spec = spec_for("a4", "a7");
  spec.orientation = Orientation::landscape;
  auto grid = make_grid(spec);
  REQUIRE(grid);
  CHECK(grid->page.width > grid->page.height);
  CHECK(grid->backs[0].y == Approx(grid->page.height - grid->fronts[0].y - grid->fronts[0].height));
  CHECK(grid->backs[0].x == Approx(grid->fronts[0].x));
}

TEST_CASE("fold mode keeps fronts on the left half and backs on the right") {
  auto grid = make_grid(spec_for("a4", "a7", Sides::fold));
  REQUIRE(grid);
  CHECK(grid->columns == 1);
  CHECK(grid->rows == 4);
  for (size_t i = 0; i < grid->cards_per_page(); ++i) {
    CHECK(grid->fronts[i].right() <= grid->page.width / 2);
    CHECK(grid->backs[i].x >= grid->page.width / 2);
  }
}

TEST_CASE("the back offset moves backs only") {
  GeometrySpec plain = spec_for("a4", "a7");
  GeometrySpec shifted = plain;
  shifted.back_offset_x = mm_to_pt(1.5);
  shifted.back_offset_y = mm_to_pt(-2);
  auto before = make_grid(plain);
  auto after = make_grid(shifted);
  for (size_t i = 0; i < before->cards_per_page(); ++i) {
    CHECK(after->fronts[i].x == before->fronts[i].x);
    CHECK(after->fronts[i].y == before->fronts[i].y);
    CHECK(mm(after->backs[i].x - before->backs[i].x) == Approx(1.5));
    CHECK(mm(after->backs[i].y - before->backs[i].y) == Approx(-2));
  }
}

TEST_CASE("a card larger than the printable area gives no grid") {
  GeometrySpec spec = spec_for("a5", "a6");
  spec.card = *parse_mm_size("200x300mm");
  CHECK_FALSE(make_grid(spec));
}

TEST_CASE("custom sizes are read in millimetres") {
  auto size = parse_mm_size("90x60mm");
  REQUIRE(size);
  CHECK(mm(size->width) == Approx(90));
  CHECK(mm(size->height) == Approx(60));
  CHECK_FALSE(parse_mm_size("90x60"));
  CHECK_FALSE(parse_mm_size("0x60mm"));
  CHECK_FALSE(paper_size("b9"));
}
