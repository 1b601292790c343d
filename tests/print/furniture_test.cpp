#include <catch2/catch.hpp>

#include "fake_metrics.h"
#include "print/furniture.h"
#include "print/options.h"
#include "print/stock.h"
#include "text/utf8.h"

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

bool inside(const LineItem& line, const Rect& area) {
  constexpr double e = 1e-6;
  return std::min(line.x1, line.x2) >= area.x - e && std::max(line.x1, line.x2) <= area.right() + e &&
         std::min(line.y1, line.y2) >= area.y - e && std::max(line.y1, line.y2) <= area.bottom() + e;
}

// FakeMetrics's widths, counting the characters measured.
class CountingMetrics final : public FontMetrics {
 public:
  std::optional<int> face_for(FontRole role, char32_t c) override { return fake_.face_for(role, c); }
  double advance(int face, char32_t c) override {
    ++measured;
    return fake_.advance(face, c);
  }
  size_t measured = 0;

 private:
  testing::FakeMetrics fake_;
};

std::string plain_text(const StyledText& text) {
  std::string out;
  for (const TextUnit& unit : text.units) text::append_utf8(out, unit.code_point);
  return out;
}

}  // namespace

TEST_CASE("cut ticks are black, half a point, outside every card and inside the printable area") {
  for (const char* gutter : {"0", "6"}) {
    INFO("gutter " << gutter);
    Grid grid = grid_for({{"gutter", gutter}, {"card", "poker"}});
    std::vector<Item> ticks = cut_ticks(rects_of(grid.fronts), grid.printable);
    // Two ticks at each end of the 4 vertical cut lines at least.
    CHECK(ticks.size() >= 8);
    for (const Item& item : ticks) {
      const auto& tick = std::get<LineItem>(item);
      CHECK(tick.width == 0.5);
      CHECK(tick.color == kBlack);
      CHECK(inside(tick, grid.printable));
      for (const Cell& cell : grid.fronts) CHECK_FALSE(crosses(tick, cell.rect));
    }
  }
}

TEST_CASE("no tick where the cards reach the printable edge") {
  Grid grid = grid_for({});  // A7 on A4: the two columns fill the printable width
  for (const Item& item : cut_ticks(rects_of(grid.fronts), grid.printable)) {
    const auto& tick = std::get<LineItem>(item);
    CHECK(tick.x1 == tick.x2);  // only the vertical cut lines get ticks, above and below
  }
}

TEST_CASE("folded pairs get fold dashes on their hinge, not cut ticks") {
  Grid grid = grid_for({{"sides", "fold"}, {"card", "business-eu"}});
  REQUIRE(grid.hinge == Hinge::vertical);
  std::vector<Rect> pieces = folded_cards(grid);
  for (const Item& item : cut_ticks(pieces, grid.printable)) {
    const auto& tick = std::get<LineItem>(item);
    for (const Cell& front : grid.fronts) {
      CHECK_FALSE((tick.x1 == Approx(front.rect.right()) && tick.x2 == Approx(front.rect.right())));
    }
  }
  std::vector<Item> dashes = fold_marks(grid);
  CHECK(!dashes.empty());
  for (const Item& item : dashes) {
    const auto& dash = std::get<LineItem>(item);
    CHECK(dash.x1 == Approx(grid.fronts[0].rect.right()));
    CHECK(inside(dash, grid.printable));
  }
}

TEST_CASE("a note that meets a tick moves to the widest gap between ticks, and shrinks to fit") {
  Grid grid = grid_for({});
  testing::FakeMetrics metrics;
  SheetPage page;
  std::vector<Rect> cells = rects_of(grid.fronts);
  page.items = cut_ticks(cells, grid.printable);
  add_page_texts(page, {std::string(60, 'n'), "page 1 of 2"}, cells, grid.printable, metrics);
  double middle = grid.page.width / 2;
  int texts = 0;
  for (const Item& item : page.items) {
    const auto* text = std::get_if<TextItem>(&item);
    if (!text) continue;
    ++texts;
    double right = text->x + 0.5 * text->size * static_cast<double>(text->text.size());
    // Clear of the tick on the middle cut line, and inside the printable area.
    CHECK((right < middle || text->x > middle));
    CHECK(text->x >= grid.printable.x);
    CHECK(right <= grid.printable.right() + 1e-6);
    bool above = text->baseline < grid.fronts.front().rect.y;
    bool below = text->baseline - text->size > grid.fronts.back().rect.bottom();
    CHECK((above || below));
    CHECK(text->baseline <= grid.printable.bottom());
    CHECK(text->baseline - 0.9 * text->size >= grid.printable.y);  // the ascent of Liberation Sans
  }
  CHECK(texts == 2);
}

TEST_CASE("with no room above or below the cards, the notes are read along the sides") {
  Grid grid = grid_for({{"paper", "letter"}, {"card", "poker"}});
  testing::FakeMetrics metrics;
  SheetPage page;
  std::vector<Rect> cells = rects_of(grid.fronts);
  add_page_texts(page, {"Print at 100 %", "page 1 of 2"}, cells, grid.printable, metrics);
  CHECK(page.items.empty());
  REQUIRE(page.groups.size() == 2);
  for (const ItemGroup& group : page.groups) {
    for (const Item& item : group.items) {
      const auto& text = std::get<TextItem>(item);
      Point start = group.transform.apply({text.x, text.baseline});
      CHECK(start.x >= grid.printable.x);
      CHECK(start.x <= grid.printable.right());
      CHECK((start.x < cells.front().x || start.x > cells.back().right()));
    }
  }
}

TEST_CASE("the setting names are the ones the user guide lists") {
  CHECK(sheet_setting_names() == std::vector<std::string>{"paper", "orientation", "card", "turn-cards", "margin",
                                                          "gutter", "sides", "back-offset", "frames", "cut-marks",
                                                          "max-font-size", "min-font-size", "image-ppi", "cloze",
                                                          "fonts"});
}

TEST_CASE("a footer label too long for its card keeps the longest start that fits, measured a few times") {
  CountingMetrics metrics;
  // 0.5 em a letter at the footer's size: a card 200 pt wide has room for
  // (200 - 2 * kSafeMargin) / kFooterSize em, the ellipsis included.
  double cell_width = 200;
  auto fitting = static_cast<size_t>((cell_width - 2 * kSafeMargin) / kFooterSize / 0.5) - 1;
  std::string label(20000, 'a');
  StyledText footer = footer_text(label, cell_width, metrics);
  CHECK(plain_text(footer) == std::string(fitting, 'a') + "…");
  // Each try lays the label out once: halving needs about 15 tries, where
  // dropping one letter at a time took 20,000.
  CHECK(metrics.measured < 40 * label.size());
  metrics.measured = 0;
  CHECK(plain_text(footer_text("Biology", cell_width, metrics)) == "Biology");
}
