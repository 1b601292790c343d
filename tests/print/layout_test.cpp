#include <catch2/catch.hpp>

#include <stdexcept>

#include "fake_metrics.h"
#include "print/furniture.h"
#include "print/layout.h"

using namespace deckpress;
using namespace deckpress::print;

namespace {

std::vector<PrintedCard> numbered_cards(int count, const std::string& deck = "Deck") {
  std::vector<PrintedCard> cards;
  for (int i = 0; i < count; ++i) {
    cards.push_back(PrintedCard{deck, "<p>front" + std::to_string(i) + "</p>", "<p>back" + std::to_string(i) + "</p>",
                                SourcePos{"deck.toml", 10 + i, 1}});
  }
  return cards;
}

SheetConfig config_with(const SheetOptions& options) {
  Diagnostics diagnostics;
  auto config = read_sheet_config({}, options, diagnostics);
  REQUIRE(config);
  return *config;
}

// Where on the sheet the item with this exact text is: page and position.
struct Found {
  int page = -1;
  double x = 0;
  double baseline = 0;
};

Found find_text(const SheetLayout& sheet, const std::string& text) {
  for (size_t page = 0; page < sheet.pages.size(); ++page) {
    for (const Item& item : sheet.pages[page].items) {
      const auto* found = std::get_if<TextItem>(&item);
      if (found && found->text == text) return Found{static_cast<int>(page), found->x, found->baseline};
    }
  }
  return Found{};
}

bool inside(const Found& found, const Rect& cell) {
  return found.x >= cell.x + kSafeMargin - 1e-9 && found.x <= cell.right() - kSafeMargin &&
         found.baseline >= cell.y + kSafeMargin && found.baseline <= cell.bottom() - kSafeMargin;
}

}  // namespace

TEST_CASE("duplex: fronts fill cells row by row, each back is in the mirrored cell of the next page") {
  SheetConfig config = config_with({});
  testing::FakeMetrics metrics;
  Diagnostics diagnostics;
  SheetLayout sheet = layout_sheet(numbered_cards(10), config, {&metrics}, {}, diagnostics);
  CHECK(diagnostics.all().empty());
  REQUIRE(sheet.pages.size() == 4);
  for (int i = 0; i < 10; ++i) {
    INFO("card " << i);
    Found front = find_text(sheet, "front" + std::to_string(i));
    Found back = find_text(sheet, "back" + std::to_string(i));
    CHECK(front.page == 2 * (i / 8));
    CHECK(back.page == front.page + 1);
    CHECK(inside(front, config.grid.fronts[i % 8].rect));
    CHECK(inside(back, config.grid.backs[i % 8].rect));
  }
}

TEST_CASE("fronts-then-backs prints all fronts first") {
  SheetConfig config = config_with({{"sides", "fronts-then-backs"}});
  testing::FakeMetrics metrics;
  Diagnostics diagnostics;
  SheetLayout sheet = layout_sheet(numbered_cards(10), config, {&metrics}, {}, diagnostics);
  REQUIRE(sheet.pages.size() == 4);
  CHECK(find_text(sheet, "front9").page == 1);
  CHECK(find_text(sheet, "back0").page == 2);
  CHECK(find_text(sheet, "back9").page == 3);
  CHECK(inside(find_text(sheet, "back9"), config.grid.backs[1].rect));
}

TEST_CASE("fold puts both sides of a card on one page") {
  SheetConfig config = config_with({{"sides", "fold"}});
  testing::FakeMetrics metrics;
  Diagnostics diagnostics;
  SheetLayout sheet = layout_sheet(numbered_cards(5), config, {&metrics}, {}, diagnostics);
  REQUIRE(sheet.pages.size() == 2);
  CHECK(find_text(sheet, "back4").page == 1);
  CHECK(inside(find_text(sheet, "front4"), config.grid.fronts[0].rect));
  CHECK(inside(find_text(sheet, "back4"), config.grid.backs[0].rect));
}

TEST_CASE("every card shows its deck and number on both sides, pages are numbered") {
  SheetConfig config = config_with({});
  testing::FakeMetrics metrics;
  Diagnostics diagnostics;
  SheetLayout sheet = layout_sheet(numbered_cards(2, "Python Interview"), config, {&metrics}, {}, diagnostics);
  CHECK(find_text(sheet, "Python Interview · 2").page == 0);
  int footers_of_card_two = 0;
  for (const SheetPage& page : sheet.pages) {
    for (const Item& item : page.items) {
      const auto* text = std::get_if<TextItem>(&item);
      footers_of_card_two += text && text->text == "Python Interview · 2";
    }
  }
  CHECK(footers_of_card_two == 2);
  CHECK(find_text(sheet, "page 2 of 2 · backs of page 1").page == 1);
  CHECK(find_text(sheet, "Print at 100 % (actual size), two-sided, flip on long edge").page == 0);
}

TEST_CASE("a card that does not fit at the minimum size warns and carries the mark") {
  SheetConfig config = config_with({});
  testing::FakeMetrics metrics;
  Diagnostics diagnostics;
  auto cards = numbered_cards(1);
  cards[0].back_html = "<p>" + std::string(5000, 'x') + "</p>";
  SheetLayout sheet = layout_sheet(cards, config, {&metrics}, {}, diagnostics);
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].severity == Severity::warning);
  CHECK(diagnostics.all()[0].pos.line == 10);
  CHECK(diagnostics.all()[0].message ==
        "card 1 of deck \"Deck\" does not fit on its back at 7 pt; the text is cut off at a "
        "\"… (cut: too long)\" mark (shorten it or choose a larger card)");
  Found mark = find_text(sheet, kContinuationMark);
  CHECK(mark.page == 1);
  CHECK(inside(mark, config.grid.backs[0].rect));
}

TEST_CASE("characters that cannot be printed are reported per card") {
  SheetConfig config = config_with({});
  testing::FakeMetrics metrics;
  Diagnostics diagnostics;
  auto cards = numbered_cards(1);
  cards[0].front_html = "snow \u2603 smile \U0001F600 \u05E9\u05DC\u05D5\u05DD";
  layout_sheet(cards, config, {&metrics}, {}, diagnostics);
  // Emoji and Hebrew have fonts (drawn as shaped outlines); the snowman has none.
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].message ==
        "card 1 of deck \"Deck\": no font has \u2603; they print as empty boxes (add a font to the 'fonts' print setting)");
}

TEST_CASE("decks and subdecks become nested bookmarks at their first page") {
  SheetConfig config = config_with({});
  testing::FakeMetrics metrics;
  Diagnostics diagnostics;
  std::vector<PrintedCard> cards = numbered_cards(8, "Lang::French");
  for (const PrintedCard& card : numbered_cards(2, "Lang")) cards.push_back(card);
  for (const PrintedCard& card : numbered_cards(1, "Maths")) cards.push_back(card);
  SheetLayout sheet = layout_sheet(cards, config, {&metrics}, {}, diagnostics);
  REQUIRE(sheet.bookmarks.size() == 3);
  CHECK(sheet.bookmarks[0].title == "Lang");
  CHECK(sheet.bookmarks[0].page == 0);
  CHECK(sheet.bookmarks[0].parent == -1);
  CHECK(sheet.bookmarks[1].title == "French");
  CHECK(sheet.bookmarks[1].parent == 0);
  CHECK(sheet.bookmarks[2].title == "Maths");
  CHECK(sheet.bookmarks[2].page == 2);
}

TEST_CASE("cards laid out on several threads give the serial sheet and warnings in card order") {
  SheetConfig config = config_with({});
  std::vector<PrintedCard> cards = numbered_cards(150, "Lang::French");
  for (const PrintedCard& card : numbered_cards(90, "Maths")) cards.push_back(card);
  for (size_t i = 0; i < cards.size(); i += 7) cards[i].back_html = "<p>" + std::string(3000 + i, 'x') + "</p>";
  for (size_t i = 3; i < cards.size(); i += 11) cards[i].front_html += "<p><b>bold</b> \u2603 \u6F22</p>";
  testing::FakeMetrics serial_metrics;
  Diagnostics serial_diagnostics;
  SheetLayout serial = layout_sheet(cards, config, {&serial_metrics}, {}, serial_diagnostics);
  testing::FakeMetrics a, b, c;
  Diagnostics parallel_diagnostics;
  SheetLayout parallel = layout_sheet(cards, config, {&a, &b, &c}, {}, parallel_diagnostics);
  CHECK(parallel == serial);
  REQUIRE(parallel_diagnostics.all().size() == serial_diagnostics.all().size());
  CHECK(serial_diagnostics.all().size() > 50);
  for (size_t i = 0; i < serial_diagnostics.all().size(); ++i) {
    CHECK(parallel_diagnostics.all()[i].message == serial_diagnostics.all()[i].message);
    CHECK(parallel_diagnostics.all()[i].pos.line == serial_diagnostics.all()[i].pos.line);
  }
}

namespace {

// Throws for U+2604 (comet), whichever thread asks.
class ThrowingMetrics final : public FontMetrics {
 public:
  std::optional<int> face_for(FontRole role, char32_t c) override {
    if (c == U'\u2604') throw std::runtime_error("no comets");
    return fake_.face_for(role, c);
  }
  double advance(int face, char32_t c) override { return fake_.advance(face, c); }

 private:
  testing::FakeMetrics fake_;
};

}  // namespace

TEST_CASE("what laying out a card throws reaches the caller, whichever thread it was on") {
  SheetConfig config = config_with({});
  std::vector<PrintedCard> cards = numbered_cards(200);
  cards[150].back_html = "<p>\u2604</p>";
  ThrowingMetrics a, b, c;
  Diagnostics diagnostics;
  CHECK_THROWS_WITH(layout_sheet(cards, config, {&a, &b, &c}, {}, diagnostics), "no comets");
}
