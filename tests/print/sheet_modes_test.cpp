// Every paper, card stock and sides mode: what lies where on each page.
#include <catch2/catch.hpp>

#include "fake_metrics.h"
#include "print/furniture.h"
#include "print/layout.h"
#include "print/stock.h"
#include "text/utf8.h"

using namespace deckpress;
using namespace deckpress::print;

namespace {

std::vector<PrintedCard> numbered_cards(int count) {
  std::vector<PrintedCard> cards;
  for (int i = 0; i < count; ++i) {
    cards.push_back(PrintedCard{"Deck", "<p>front" + std::to_string(i) + "</p>", "<p>back" + std::to_string(i) + "</p>",
                                SourcePos{"deck.toml", 10 + i, 1}});
  }
  return cards;
}

std::optional<SheetConfig> config_with(const SheetOptions& options) {
  Diagnostics diagnostics;
  return read_sheet_config({}, options, diagnostics);
}

// The box an item covers, with the fake metrics' half-em characters.
Rect box_of(const Item& item) {
  if (const auto* text = std::get_if<TextItem>(&item)) {
    double width = 0.5 * text->size * static_cast<double>(text::decode_utf8(text->text).size());
    return Rect{text->x, text->baseline - 0.9 * text->size, width, 1.15 * text->size};
  }
  if (const auto* line = std::get_if<LineItem>(&item)) {
    // Lines end square at their ends (PDF's butt caps) and spread sideways.
    double w = line->width / 2;
    double left = std::min(line->x1, line->x2), top = std::min(line->y1, line->y2);
    bool across = line->y1 == line->y2;
    return Rect{left - (across ? 0 : w), top - (across ? w : 0), std::abs(line->x2 - line->x1) + (across ? 0 : 2 * w),
                std::abs(line->y2 - line->y1) + (across ? 2 * w : 0)};
  }
  if (const auto* box = std::get_if<BoxItem>(&item)) return box->rect;
  return std::get<ImageItem>(item).rect;
}

Rect turned(const Transform& t, const Rect& r) {
  Point a = t.apply({r.x, r.y}), b = t.apply({r.right(), r.bottom()});
  return Rect{std::min(a.x, b.x), std::min(a.y, b.y), std::abs(b.x - a.x), std::abs(b.y - a.y)};
}

bool within(const Rect& inner, const Rect& outer) {
  constexpr double e = 1e-6;
  return inner.x >= outer.x - e && inner.y >= outer.y - e && inner.right() <= outer.right() + e &&
         inner.bottom() <= outer.bottom() + e;
}

std::vector<std::string> texts_of(const SheetPage& page) {
  std::vector<std::string> texts;
  auto add = [&](const Item& item) {
    if (const auto* text = std::get_if<TextItem>(&item)) texts.push_back(text->text);
  };
  for (const Item& item : page.items) add(item);
  for (const ItemGroup& group : page.groups) {
    for (const Item& item : group.items) add(item);
  }
  return texts;
}

bool has_text_starting(const SheetPage& page, const std::string& start) {
  for (const std::string& text : texts_of(page)) {
    if (text.starts_with(start)) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("on every paper, card and sides mode all ink is printable and every page has its note and label") {
  int layouts = 0;
  for (const char* paper : {"a4", "letter", "legal", "a5", "a3"}) {
    for (const std::string& card : card_stock_names()) {
      for (const char* sides : {"duplex-long", "duplex-short", "fronts-then-backs", "fronts-only", "backs-only", "fold",
                                "list"}) {
        INFO(paper << " " << card << " " << sides);
        auto config = config_with({{"paper", paper}, {"card", card}, {"sides", sides}, {"frames", "both"}});
        if (!config) continue;  // fold: too large to fold on this paper
        ++layouts;
        testing::FakeMetrics metrics;
        Diagnostics diagnostics;
        SheetLayout sheet = layout_sheet(numbered_cards(5), *config, {&metrics}, {}, diagnostics);
        REQUIRE_FALSE(sheet.pages.empty());
        for (const SheetPage& page : sheet.pages) {
          for (const Item& item : page.items) CHECK(within(box_of(item), config->grid.printable));
          for (const ItemGroup& group : page.groups) {
            for (const Item& item : group.items) CHECK(within(turned(group.transform, box_of(item)), config->grid.printable));
          }
          CHECK(has_text_starting(page, "Print at 100 % (actual size)"));
          CHECK(has_text_starting(page, "page "));
        }
      }
    }
  }
  CHECK(layouts > 200);
}

TEST_CASE("back pages say whose backs they are") {
  for (auto [sides, label] : {std::pair{"duplex-long", "page 2 of 4 · backs of page 1 · Deck: 9 cards"},
                              std::pair{"fronts-then-backs", "page 3 of 4 · backs of page 1 · Deck: 9 cards"},
                              std::pair{"backs-only", "page 1 of 2 · backs of fronts page 1 · Deck: 9 cards"}}) {
    INFO(sides);
    auto config = config_with({{"sides", sides}});
    REQUIRE(config);
    config->holdings = "Deck: 9 cards";
    testing::FakeMetrics metrics;
    Diagnostics diagnostics;
    SheetLayout sheet = layout_sheet(numbered_cards(9), *config, {&metrics}, {}, diagnostics);
    bool found = false;
    for (const SheetPage& page : sheet.pages) {
      for (const std::string& text : texts_of(page)) found = found || text == label;
    }
    CHECK(found);
  }
}

TEST_CASE("fronts-only and backs-only print one side each, in the pages duplex would use") {
  testing::FakeMetrics metrics;
  Diagnostics diagnostics;
  auto fronts = config_with({{"sides", "fronts-only"}});
  auto backs = config_with({{"sides", "backs-only"}});
  REQUIRE(fronts);
  REQUIRE(backs);
  SheetLayout front_sheet = layout_sheet(numbered_cards(10), *fronts, {&metrics}, {}, diagnostics);
  SheetLayout back_sheet = layout_sheet(numbered_cards(10), *backs, {&metrics}, {}, diagnostics);
  REQUIRE(front_sheet.pages.size() == 2);
  REQUIRE(back_sheet.pages.size() == 2);
  for (const SheetPage* page : {&front_sheet.pages[0], &front_sheet.pages[1]}) {
    for (const std::string& text : texts_of(*page)) CHECK_FALSE(text.starts_with("back"));
  }
  for (const SheetPage* page : {&back_sheet.pages[0], &back_sheet.pages[1]}) {
    for (const std::string& text : texts_of(*page)) CHECK_FALSE(text.starts_with("front"));
  }
  // The backs sit where duplex-long puts them: mirrored.
  const auto& back = std::get<TextItem>(back_sheet.pages[0].items.front());
  CHECK(back.text == "back0");
  CHECK(back.x > backs->grid.page.width / 2);
}

TEST_CASE("a list puts question and answer side by side, several cards to a page") {
  auto config = config_with({{"sides", "list"}});
  REQUIRE(config);
  testing::FakeMetrics metrics;
  Diagnostics diagnostics;
  SheetLayout sheet = layout_sheet(numbered_cards(60), *config, {&metrics}, {}, diagnostics);
  REQUIRE(sheet.pages.size() >= 2);
  CHECK(sheet.pages.size() < 10);
  const SheetPage& first = sheet.pages.front();
  const TextItem* question = nullptr;
  const TextItem* answer = nullptr;
  for (const Item& item : first.items) {
    const auto* text = std::get_if<TextItem>(&item);
    if (text && text->text == "front0") question = text;
    if (text && text->text == "back0") answer = text;
  }
  REQUIRE(question);
  REQUIRE(answer);
  CHECK(question->baseline == answer->baseline);
  CHECK(question->x < config->grid.page.width / 2);
  CHECK(answer->x > config->grid.page.width / 2);
  CHECK(question->size == 10);
  CHECK(has_text_starting(first, "page 1 of "));
}

TEST_CASE("turned cards are drawn through their cell's turn, footer and all") {
  auto config = config_with({{"card", "index-3x5"}, {"orientation", "portrait"}});
  REQUIRE(config);
  REQUIRE(config->grid.fronts[0].turns == 1);
  testing::FakeMetrics metrics;
  Diagnostics diagnostics;
  SheetLayout sheet = layout_sheet(numbered_cards(1), *config, {&metrics}, {}, diagnostics);
  REQUIRE(sheet.pages.size() == 2);
  REQUIRE(sheet.pages[0].groups.size() == 1);
  const ItemGroup& front = sheet.pages[0].groups[0];
  CHECK(front.transform == cell_transform(config->grid.fronts[0]));
  CHECK(std::get<TextItem>(front.items.front()).text == "front0");
  CHECK(sheet.pages[1].groups[0].transform == cell_transform(config->grid.backs[0]));
}
