#include <catch2/catch.hpp>

#include "print/geometry.h"
#include "print/stock.h"

using namespace deckpress::print;

namespace {

GeometrySpec spec_for(const char* paper, const char* card, Sides sides = Sides::duplex_long) {
  GeometrySpec spec;
  spec.paper = paper_size(paper)->size;
  spec.paper_as_given = paper_size(paper)->custom;
  spec.card = *card_stock(card);
  spec.sides = sides;
  return spec;
}

double mm(double points) { return points / kPointsPerMm; }

bool contains(const Rect& outer, const Rect& inner) {
  constexpr double e = 1e-6;
  return inner.x >= outer.x - e && inner.y >= outer.y - e && inner.right() <= outer.right() + e &&
         inner.bottom() <= outer.bottom() + e;
}

}  // namespace

TEST_CASE("presets give the most cards per sheet, turning the paper or the cards when that fits more") {
  struct Expected {
    const char* paper;
    const char* card;
    int columns;
    int rows;
    bool landscape;
    int turns;
  };
  for (Expected e : {Expected{"a4", "a7", 2, 4, false, 0}, Expected{"a4", "a6", 2, 2, true, 0},
                     Expected{"letter", "business", 2, 5, false, 0}, Expected{"a4", "business-eu", 2, 5, false, 0},
                     Expected{"a4", "poker", 3, 3, false, 0}, Expected{"letter", "poker", 3, 3, false, 0},
                     Expected{"a4", "index-3x5", 2, 2, true, 0}, Expected{"letter", "index-3x5", 2, 2, true, 0},
                     Expected{"letter", "index-4x6", 1, 2, false, 0}, Expected{"legal", "index-4x6", 2, 2, true, 0},
                     Expected{"a4", "a8", 4, 4, true, 0}}) {
    INFO(e.paper << " " << e.card);
    auto grid = make_grid(spec_for(e.paper, e.card));
    REQUIRE(grid);
    CHECK(grid->columns == e.columns);
    CHECK(grid->rows == e.rows);
    CHECK((grid->page.width > grid->page.height) == e.landscape);
    CHECK(grid->fronts[0].turns == e.turns);
  }
}

TEST_CASE("index cards on portrait paper are turned a quarter: four instead of three") {
  GeometrySpec spec = spec_for("letter", "index-3x5");
  spec.orientation = Orientation::portrait;
  auto grid = make_grid(spec);
  REQUIRE(grid);
  CHECK(grid->cards_per_page() == 4);
  CHECK(grid->fronts[0].turns == 1);
  CHECK(mm(grid->fronts[0].rect.width) == Approx(3 * 25.4));
  CHECK(mm(grid->fronts[0].rect.height) == Approx(5 * 25.4));
  // A card turned over from left to right shows its back upright.
  CHECK(grid->backs[0].turns == 3);
  spec.turn = CardTurn::upright;
  grid = make_grid(spec);
  REQUIRE(grid);
  CHECK(grid->cards_per_page() == 3);
  CHECK(grid->fronts[0].turns == 0);
}

TEST_CASE("business cards on letter sit where Avery 5371 puts them") {
  auto grid = make_grid(spec_for("letter", "business"));
  REQUIRE(grid);
  CHECK(grid->fronts[0].rect.x == Approx(0.75 * 72));
  CHECK(grid->fronts[0].rect.y == Approx(0.5 * 72));
  CHECK(grid->fronts[1].rect.x == Approx(0.75 * 72 + 3.5 * 72));
}

TEST_CASE("every back cell is where its front is when the sheet is turned over") {
  for (Sides sides : {Sides::duplex_long, Sides::fronts_then_backs, Sides::fronts_only, Sides::backs_only}) {
    GeometrySpec spec = spec_for("a4", "a7", sides);
    spec.margin = mm_to_pt(4);
    auto grid = make_grid(spec);
    REQUIRE(grid);
    for (size_t i = 0; i < grid->cards_per_page(); ++i) {
      const Rect& front = grid->fronts[i].rect;
      const Rect& back = grid->backs[i].rect;
      CHECK(back.x == Approx(grid->page.width - front.x - front.width));
      CHECK(back.y == Approx(front.y));
      CHECK(grid->backs[i].turns == 0);
    }
  }
  auto grid = make_grid(spec_for("a4", "a7", Sides::duplex_short));
  REQUIRE(grid);
  for (size_t i = 0; i < grid->cards_per_page(); ++i) {
    CHECK(grid->backs[i].rect.x == Approx(grid->fronts[i].rect.x));
    CHECK(grid->backs[i].rect.y ==
          Approx(grid->page.height - grid->fronts[i].rect.y - grid->fronts[i].rect.height));
    // Turned over top to bottom, the sheet would show the back upside down
    // on a card turned from left to right.
    CHECK(grid->backs[i].turns == 2);
  }
}

TEST_CASE("on landscape paper the long-edge flip mirrors vertically and turns the backs") {
  GeometrySpec spec = spec_for("a4", "a7");
  spec.orientation = Orientation::landscape;
  spec.turn = CardTurn::upright;
  auto grid = make_grid(spec);
  REQUIRE(grid);
  CHECK(grid->page.width > grid->page.height);
  const Rect& front = grid->fronts[0].rect;
  CHECK(grid->backs[0].rect.y == Approx(grid->page.height - front.y - front.height));
  CHECK(grid->backs[0].rect.x == Approx(front.x));
  CHECK(grid->backs[0].turns == 2);
}

TEST_CASE("folded pairs hinge at the card edge on every preset and paper") {
  for (const char* paper : {"a4", "letter", "a3", "legal"}) {
    for (const std::string& card : card_stock_names()) {
      INFO(paper << " " << card);
      auto grid = make_grid(spec_for(paper, card.c_str(), Sides::fold));
      if (!grid) continue;
      for (size_t i = 0; i < grid->cards_per_page(); ++i) {
        const Cell& front = grid->fronts[i];
        const Cell& back = grid->backs[i];
        if (grid->hinge == Hinge::vertical) {
          CHECK(back.rect.x == Approx(front.rect.right()));
          CHECK(back.rect.y == Approx(front.rect.y));
          CHECK(back.turns == (4 - front.turns) % 4);
        } else {
          REQUIRE(grid->hinge == Hinge::horizontal);
          CHECK(back.rect.y == Approx(front.rect.bottom()));
          CHECK(back.rect.x == Approx(front.rect.x));
          CHECK(back.turns == (6 - front.turns) % 4);
        }
      }
    }
  }
}

TEST_CASE("poker cards fold on letter at the card edge: a pair is two cards wide") {
  auto grid = make_grid(spec_for("letter", "poker", Sides::fold));
  REQUIRE(grid);
  CHECK(grid->hinge == Hinge::vertical);
  CHECK(grid->cards_per_page() == 4);
  CHECK(grid->page.width > grid->page.height);
  CHECK(mm(grid->backs[0].rect.right() - grid->fronts[0].rect.x) == Approx(2 * 2.5 * 25.4));
}

TEST_CASE("index cards 4x6 fold only with a horizontal hinge on a4") {
  auto grid = make_grid(spec_for("a4", "index-4x6", Sides::fold));
  REQUIRE(grid);
  CHECK(grid->hinge == Hinge::horizontal);
  CHECK(grid->cards_per_page() == 1);
  CHECK(grid->backs[0].turns == 2);
}

TEST_CASE("every cell lies inside the printable area with a strip for the notes") {
  for (const char* paper : {"a4", "letter", "a5", "legal", "a3"}) {
    for (const std::string& card : card_stock_names()) {
      for (Sides sides : {Sides::duplex_long, Sides::duplex_short, Sides::fold}) {
        INFO(paper << " " << card << " " << static_cast<int>(sides));
        auto grid = make_grid(spec_for(paper, card.c_str(), sides));
        if (!grid) continue;
        Rect block = grid->fronts[0].rect;
        for (const std::vector<Cell>* cells : {&grid->fronts, &grid->backs}) {
          for (const Cell& cell : *cells) {
            CHECK(contains(grid->printable, cell.rect));
            block.x = std::min(block.x, cell.rect.x);
            block.y = std::min(block.y, cell.rect.y);
          }
        }
        bool strip = block.y - grid->printable.y >= kFurnitureBand - 1e-6 ||
                     block.x - grid->printable.x >= kFurnitureBand - 1e-6;
        CHECK(strip);
      }
    }
  }
}

TEST_CASE("a turned cell maps the card's corners onto its own") {
  Cell cell{Rect{100, 200, 50, 80}, 1};
  Transform t = cell_transform(cell);
  // An 80 x 50 card: its top-left corner at the cell's bottom-left.
  CHECK(t.apply({0, 0}).x == Approx(100));
  CHECK(t.apply({0, 0}).y == Approx(280));
  CHECK(t.apply({80, 50}).x == Approx(150));
  CHECK(t.apply({80, 50}).y == Approx(200));
  cell.turns = 3;
  t = cell_transform(cell);
  CHECK(t.apply({0, 0}).x == Approx(150));
  CHECK(t.apply({0, 0}).y == Approx(200));
  cell.turns = 2;
  t = cell_transform(Cell{Rect{100, 200, 80, 50}, 2});
  CHECK(t.apply({80, 50}).x == Approx(100));
  CHECK(t.apply({80, 50}).y == Approx(200));
}

TEST_CASE("the back offset moves backs only") {
  GeometrySpec plain = spec_for("a4", "a7");
  GeometrySpec shifted = plain;
  shifted.back_offset_x = mm_to_pt(1.5);
  shifted.back_offset_y = mm_to_pt(-2);
  auto before = make_grid(plain);
  auto after = make_grid(shifted);
  for (size_t i = 0; i < before->cards_per_page(); ++i) {
    CHECK(after->fronts[i] == before->fronts[i]);
    CHECK(mm(after->backs[i].rect.x - before->backs[i].rect.x) == Approx(1.5));
    CHECK(mm(after->backs[i].rect.y - before->backs[i].rect.y) == Approx(-2));
  }
  CHECK(mm(after->back_printable(shifted).x) == Approx(6.5));
}

TEST_CASE("a card larger than the printable area gives no grid") {
  GeometrySpec spec = spec_for("a5", "a6");
  spec.card = *parse_size("200x300mm");
  CHECK_FALSE(make_grid(spec));
}

TEST_CASE("custom paper keeps the orientation it is given") {
  auto grid = make_grid(spec_for("300x200mm", "a7"));
  REQUIRE(grid);
  CHECK(mm(grid->page.width) == Approx(300));
  CHECK(mm(grid->page.height) == Approx(200));
  GeometrySpec turned = spec_for("300x200mm", "a7");
  turned.orientation = Orientation::portrait;
  CHECK(mm(make_grid(turned)->page.width) == Approx(200));
}

TEST_CASE("sizes are read in mm, cm or inches, names in any case") {
  auto size = parse_size("90x60mm");
  REQUIRE(size);
  CHECK(mm(size->width) == Approx(90));
  CHECK(mm(size->height) == Approx(60));
  CHECK(mm(parse_size("3x5in")->height) == Approx(127));
  CHECK(mm(parse_size("21X29.7CM")->height) == Approx(297));
  CHECK(card_stock("3X5IN") == card_stock("3x5in"));
  CHECK(card_stock("Index-3x5") == card_stock("index-3x5"));
  REQUIRE(paper_size("A4"));
  CHECK_FALSE(paper_size("A4")->custom);
  CHECK(paper_size("8.5x11in")->custom);
  CHECK_FALSE(parse_size("90x60"));
  CHECK_FALSE(parse_size("0x60mm"));
  CHECK_FALSE(paper_size("b9"));
}
