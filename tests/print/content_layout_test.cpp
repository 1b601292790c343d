// How a card side's content lands in its box: sizes, lines, alignment,
// decorations, tables, ruby and formulas, laid out with simple widths.
#include <catch2/catch.hpp>

#include "fake_metrics.h"
#include "print/fit.h"

using namespace deckpress::print;

namespace {

struct Laid {
  FittedSide side;
  GlyphProblems problems;
};

Laid lay_out(const std::string& html, Size box, FitLimits limits = {}, const Stylesheet& css = {},
             const TypesetFormulas* math = nullptr) {
  testing::FakeMetrics metrics;
  Laid laid;
  auto blocks = prepare_blocks(parse_rich_text(html, css), metrics, {}, laid.problems, math);
  StyledText mark = prepare_text({Span{"...", TextStyle{}}}, metrics, laid.problems);
  laid.side = fit_side(blocks, box, limits, mark);
  return laid;
}

template <typename T>
std::vector<const T*> all(const FittedSide& side) {
  std::vector<const T*> found;
  for (const Item& item : side.items) {
    if (const auto* typed = std::get_if<T>(&item)) found.push_back(typed);
  }
  return found;
}

const TextItem* text_item(const FittedSide& side, const std::string& text) {
  for (const TextItem* item : all<TextItem>(side)) {
    if (item->text == text) return item;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("a short side is centred in its box at the largest size") {
  Laid laid = lay_out("<p>Hi</p>", Size{200, 100}, {24, 7}, Stylesheet(".card { text-align: center }"));
  CHECK(laid.side.font_size == 24);
  const TextItem* hi = text_item(laid.side, "Hi");
  REQUIRE(hi);
  double width = 2 * 0.5 * 24;
  CHECK(hi->x == Approx((200 - width) / 2));
  // The line (1.25 em) sits in the middle of the box's height.
  CHECK(hi->baseline == Approx((100 - 1.25 * 24) / 2 + 0.95 * 24));
}

TEST_CASE("without CSS a side starts at the left and right-to-left paragraphs start at the right") {
  Laid left = lay_out("<p>ab</p>", Size{200, 100}, {10, 7});
  CHECK(text_item(left.side, "ab")->x == Approx(0));
  Laid right = lay_out("<p style=\"text-align:right\">ab</p>", Size{200, 100}, {10, 7});
  CHECK(text_item(right.side, "ab")->x == Approx(190));
}

TEST_CASE("a superscript is raised and smaller, a subscript lowered") {
  Laid laid = lay_out("<p>x<sup>2</sup>y<sub>3</sub></p>", Size{200, 100}, {20, 7});
  const TextItem* x = text_item(laid.side, "x");
  const TextItem* sup = text_item(laid.side, "2");
  const TextItem* sub = text_item(laid.side, "3");
  REQUIRE(x);
  REQUIRE(sup);
  REQUIRE(sub);
  CHECK(sup->baseline < x->baseline - 0.3 * 20);
  CHECK(sup->size == Approx(15));
  CHECK(sub->baseline > x->baseline);
  CHECK(sup->x == Approx(x->x + 10));
}

TEST_CASE("auto-fit shrinks a side before it breaks a word") {
  // 20 letters are 10 em: one line of a 100 pt column at 10 pt, never at 14.
  Laid laid = lay_out("<p>" + std::string(20, 'w') + "</p>", Size{100, 200}, {14, 7});
  CHECK(laid.side.font_size == 10);
  CHECK_FALSE(text_item(laid.side, "-"));
  CHECK(text_item(laid.side, std::string(20, 'w')));
}

TEST_CASE("a word too long even at the minimum is broken with a hyphen") {
  Laid laid = lay_out("<p>" + std::string(60, 'w') + "</p>", Size{100, 200}, {14, 7});
  const TextItem* hyphen = text_item(laid.side, "-");
  REQUIRE(hyphen);
  // The broken piece and its hyphen stay inside the column.
  CHECK(hyphen->x + 0.5 * hyphen->size <= 100 + 1e-6);
  CHECK(laid.side.font_size > 7);  // the word breaks anyway: no need to shrink
}

TEST_CASE("a wrapped code line keeps its indentation and is marked as going on") {
  Laid laid = lay_out("<pre><code>    return first_value + second_value</code></pre>", Size{150, 200}, {10, 10});
  auto texts = all<TextItem>(laid.side);
  REQUIRE(texts.size() >= 2);
  const TextItem* first = texts[0];
  const TextItem* second = texts[1];
  CHECK(second->baseline > first->baseline);
  // "    return" starts with four spaces: the continuation starts further in.
  double four_spaces = 4 * 0.5 * first->size;
  CHECK(second->x > first->x + four_spaces);
  bool marked = false;
  for (const LineItem* line : all<LineItem>(laid.side)) {
    marked = marked || (line->x2 < second->x && line->y1 <= second->baseline && line->y1 > first->baseline);
  }
  CHECK(marked);
}

TEST_CASE("underlines, strike-through and highlights are drawn and highlights under their text") {
  Laid laid = lay_out("<p><u>u</u> <s>s</s> <mark>m</mark></p>", Size{200, 100}, {10, 7});
  CHECK(all<LineItem>(laid.side).size() == 2);
  auto boxes = all<BoxItem>(laid.side);
  REQUIRE(boxes.size() == 1);
  CHECK(boxes[0]->fill == Color{1, 1, 0});
  size_t box_at = 0, text_at = 0;
  for (size_t i = 0; i < laid.side.items.size(); ++i) {
    if (std::holds_alternative<BoxItem>(laid.side.items[i])) box_at = i;
    if (const auto* t = std::get_if<TextItem>(&laid.side.items[i]); t && t->text == "m") text_at = i;
  }
  CHECK(box_at < text_at);
}

TEST_CASE("bold and italic in a face that has neither are made by stroke and slant") {
  Laid laid = lay_out("<p><b>\u6F22</b><i>\u5B57</i></p>", Size{200, 100}, {10, 7});
  CHECK(text_item(laid.side, "\u6F22")->embolden > 0);
  CHECK(text_item(laid.side, "\u5B57")->skew > 0);
}

TEST_CASE("ruby prints its reading small and centred above the base") {
  Laid laid = lay_out("<p><ruby>\u6F22\u5B57<rt>\u304B\u3093\u3058</rt></ruby></p>", Size{200, 100}, {10, 7});
  const TextItem* base = text_item(laid.side, "\u6F22\u5B57");
  const TextItem* reading = text_item(laid.side, "\u304B\u3093\u3058");
  REQUIRE(base);
  REQUIRE(reading);
  CHECK(reading->size == Approx(base->size / 2));
  CHECK(reading->baseline < base->baseline - 0.9 * base->size);
  // Both centred on the same middle: three characters of 1 em over two.
  CHECK(reading->x + 1.5 * reading->size == Approx(base->x + base->size));
}

TEST_CASE("table columns are as wide as their content asks, with the HTML's alignment") {
  Laid laid = lay_out(
      "<table><tr><td>a</td><td align=\"right\">b</td></tr><tr><td>a long first column</td><td>ccc</td></tr></table>",
      Size{300, 200}, {10, 10});
  const TextItem* a = text_item(laid.side, "a");
  const TextItem* b = text_item(laid.side, "b");
  const TextItem* c = text_item(laid.side, "ccc");
  REQUIRE(a);
  REQUIRE(b);
  REQUIRE(c);
  // The first column holds 19 characters on one line; the second, three,
  // "b" at their right end.
  CHECK(c->x - a->x > 19 * 0.5 * 9);
  CHECK(b->x == Approx(c->x + 2 * 0.5 * 9));
}

TEST_CASE("a cell spanning two rows is as tall as both") {
  Laid laid = lay_out("<table><tr><td rowspan=\"2\">tall</td><td>one</td></tr><tr><td>two</td></tr></table>",
                      Size{300, 200}, {10, 10});
  auto boxes = all<BoxItem>(laid.side);
  REQUIRE(boxes.size() == 3);
  CHECK(boxes[0]->rect.height == Approx(boxes[1]->rect.height + boxes[2]->rect.height));
}

TEST_CASE("a table too long for the card is cut at the minimum size and marked, never silently") {
  std::string html = "<table>";
  for (int i = 0; i < 60; ++i) html += "<tr><td>row " + std::to_string(i) + "</td></tr>";
  Laid laid = lay_out(html + "</table>", Size{200, 150}, {14, 7});
  CHECK(laid.side.overflows);
  CHECK(text_item(laid.side, "..."));
  CHECK(text_item(laid.side, "row 0"));
  CHECK_FALSE(text_item(laid.side, "row 59"));
}

TEST_CASE("formulas sit on the baseline, a display one centred, one too wide scaled down") {
  auto drawing = [](double width) {
    auto d = std::make_shared<MathDrawing>();
    d->width = width;
    d->height = 0.7;
    d->depth = 0.2;
    return TypesetFormula{d, ""};
  };
  TypesetFormulas math{{Formula{"x", false}, drawing(1)}, {Formula{"y", true}, drawing(3)},
                       {Formula{"wide", true}, drawing(40)}};
  Laid laid = lay_out("<p>a \\(x\\) b</p><p>\\[y\\]</p><p>\\[wide\\]</p>", Size{200, 300}, {10, 10}, {}, &math);
  auto formulas = all<MathItem>(laid.side);
  REQUIRE(formulas.size() == 3);
  const TextItem* a = text_item(laid.side, "a ");
  REQUIRE(a);
  CHECK(formulas[0]->baseline == Approx(a->baseline));
  CHECK(formulas[0]->x == Approx(a->x + 2 * 0.5 * 10));
  double display_width = 3 * kMathScale * 10;
  CHECK(formulas[1]->x == Approx((200 - display_width) / 2));
  // 40 em of formula at 10 pt is far wider than 200 pt: scaled to the column.
  CHECK(formulas[2]->scale * 1000 * 40 == Approx(200).epsilon(0.01));
  CHECK(laid.problems.math.empty());
}

TEST_CASE("a formula MathJax could not read prints as its TeX source and is reported") {
  TypesetFormulas math{{Formula{"\\frac{a", false}, TypesetFormula{nullptr, "Missing close brace"}}};
  Laid laid = lay_out("<p>\\(\\frac{a\\)</p>", Size{200, 100}, {10, 10}, {}, &math);
  const TextItem* source = text_item(laid.side, "\\(\\frac{a\\)");
  REQUIRE(source);
  CHECK(source->face == face_of(FontRole::mono));
  REQUIRE(laid.problems.math.size() == 1);
  CHECK(laid.problems.math[0] == "\\(\\frac{a\\): Missing close brace");
}

TEST_CASE("deeply nested quotations keep a third of the width for their text") {
  std::string html;
  for (int i = 0; i < 30; ++i) html += "<blockquote>";
  html += "deep";
  Laid laid = lay_out(html, Size{200, 100}, {10, 7});
  const TextItem* deep = text_item(laid.side, "deep");
  REQUIRE(deep);
  CHECK(deep->size > 0);
  // The quotes' indents, squeezed together, leave the middle third of the width.
  CHECK(deep->x == Approx(200.0 / 3));
  CHECK_FALSE(laid.side.overflows);
  // A shallow quotation keeps a browser's 40 px margin at 20 px text: two sizes.
  Laid shallow = lay_out("<blockquote>near</blockquote>", Size{200, 100}, {10, 7});
  CHECK(text_item(shallow.side, "near")->x == Approx(2 * 10));
}
