// The note's own formatting, as parse_rich_text reads it from card HTML and
// the note type's CSS.
#include <catch2/catch.hpp>

#include "print/rich_text.h"

using namespace deckpress::print;

namespace {

// The span whose text is `text`, or nothing.
const Span* find_span(const std::vector<Block>& blocks, const std::string& text) {
  for (const Block& block : blocks) {
    for (const Span& span : block.spans) {
      if (span.text == text) return &span;
    }
  }
  return nullptr;
}

std::string plain(const std::vector<Span>& spans) {
  std::string text;
  for (const Span& span : spans) text += span.text;
  return text;
}

}  // namespace

TEST_CASE("superscripts rise and subscripts drop, both smaller") {
  auto blocks = parse_rich_text("x<sup>n+1</sup> H<sub>2</sub>O x<sup>a<sup>b</sup></sup>");
  const Span* sup = find_span(blocks, "n+1");
  const Span* sub = find_span(blocks, "2");
  const Span* nested = find_span(blocks, "b");
  REQUIRE(sup);
  REQUIRE(sub);
  REQUIRE(nested);
  CHECK(sup->style.rise > 0.3);
  CHECK(sup->style.scale == Approx(0.75));
  CHECK(sub->style.rise < -0.1);
  CHECK(sub->style.scale == Approx(0.75));
  CHECK(nested->style.rise > sup->style.rise);
  CHECK(nested->style.scale < sup->style.scale);
}

TEST_CASE("underline, strike-through, highlights, colours and links") {
  auto blocks = parse_rich_text(
      "<u>u</u> <s>s</s> <mark>m</mark> <span style=\"color: red; background-color: #ccccee\">r</span> "
      "<font color=\"green\">g</font> <a href=\"https://x\">link</a> <span style=\"text-decoration: underline\">d</span>");
  CHECK(find_span(blocks, "u")->style.underline);
  CHECK(find_span(blocks, "s")->style.strike);
  CHECK(find_span(blocks, "m")->style.background == Color{1, 1, 0});
  CHECK(find_span(blocks, "r")->style.color == Color{1, 0, 0});
  CHECK(find_span(blocks, "r")->style.background == Color{0.8, 0.8, 14 / 15.0});
  CHECK(find_span(blocks, "g")->style.color == Color{0, 128 / 255.0, 0});
  CHECK(find_span(blocks, "link")->style.underline);
  CHECK(find_span(blocks, "link")->style.color == Color{0, 0, 0.93});
  CHECK(find_span(blocks, "d")->style.underline);
}

TEST_CASE("hidden elements, like Anki's hint, print nothing") {
  auto blocks = parse_rich_text(
      "shown<div class=\"hint\" style=\"display: none\">secret</div><span style=\"visibility:hidden\">too</span>");
  REQUIRE(blocks.size() == 1);
  CHECK(plain(blocks[0].spans) == "shown");
}

TEST_CASE("<div> lines follow each other without a gap and an empty <div><br></div> is an empty line") {
  auto blocks = parse_rich_text("<p>para</p><div>one</div><div>two</div><div><br></div><div>three<br></div>");
  REQUIRE(blocks.size() == 5);
  CHECK_FALSE(blocks[0].tight);
  CHECK(blocks[1].tight);
  CHECK(plain(blocks[2].spans) == "two");
  CHECK(plain(blocks[3].spans) == "\n");
  CHECK(plain(blocks[4].spans) == "three");
}

TEST_CASE("blockquotes nest") {
  auto blocks = parse_rich_text("<blockquote>outer<blockquote>inner</blockquote></blockquote>after");
  REQUIRE(blocks.size() == 3);
  CHECK(blocks[0].quote == 1);
  CHECK(blocks[1].quote == 2);
  CHECK(blocks[2].quote == 0);
}

TEST_CASE("ruby keeps its reading, from plain ruby and from Anki's furigana filter") {
  auto blocks = parse_rich_text(
      "<ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>を<ruby><rb>勉強</rb><rt>べんきょう</rt></ruby>する");
  REQUIRE(blocks.size() == 1);
  const auto& spans = blocks[0].spans;
  REQUIRE(spans.size() == 4);
  CHECK(spans[0].kind == Span::Kind::ruby);
  CHECK(spans[0].text == "漢字");
  CHECK(spans[0].reading == "かんじ");
  CHECK(spans[1].text == "を");
  CHECK(spans[2].text == "勉強");
  CHECK(spans[2].reading == "べんきょう");
  CHECK(spans[3].text == "する");
}

TEST_CASE("formulas: inline ones stay in the line, display ones get a line of their own") {
  auto blocks = parse_rich_text("Solve \\(x^2 = 1\\) so \\[x = \\pm 1\\] and go on. <code>\\(not math\\)</code> \\(open");
  REQUIRE(blocks.size() == 3);
  REQUIRE(blocks[0].spans.size() == 3);
  CHECK(blocks[0].spans[1].kind == Span::Kind::math);
  CHECK(blocks[0].spans[1].text == "x^2 = 1");
  CHECK_FALSE(blocks[0].spans[1].display);
  CHECK(blocks[1].kind == BlockKind::math);
  CHECK(blocks[1].spans[0].text == "x = \\pm 1");
  CHECK(blocks[1].spans[0].display);
  CHECK(blocks[1].align == Align::center);
  CHECK(blocks[2].tight);
  CHECK(plain(blocks[2].spans) == "and go on. \\(not math\\) \\(open");
}

TEST_CASE("formulas are found as MathJax finds them: an escaped backslash opens none, an unclosed one hides none") {
  auto blocks = parse_rich_text("C:\\\\(dir) \\[open then \\(y\\)");
  REQUIRE(blocks.size() == 1);
  REQUIRE(blocks[0].spans.size() == 2);
  CHECK(blocks[0].spans[0].text == "C:\\\\(dir) \\[open then ");
  CHECK(blocks[0].spans[1].kind == Span::Kind::math);
  CHECK(blocks[0].spans[1].text == "y");
}

TEST_CASE("an image size that is no number is ignored, as a browser ignores it") {
  for (const char* size : {".", "1.2.3", "12x", ""}) {
    INFO(size);
    CHECK_NOTHROW(parse_rich_text(std::string("<img src=\"a.png\" width=\"") + size + "\" height=\"" + size + "\">"));
  }
}

TEST_CASE("tables keep spans, alignment, headers and backgrounds and a caption goes above") {
  auto blocks = parse_rich_text(
      "<table><caption>Cap</caption><tr><th align=\"right\">H</th><td rowspan=\"2\" colspan=\"3\" "
      "style=\"text-align:center; background: #ff0000\">big</td></tr><tr><td bgcolor=\"blue\">x<br>y</td></tr>"
      "<tr><td><table><tr><td>inner</td><td>cells</td></tr></table></td></tr></table>");
  REQUIRE(blocks.size() == 2);
  CHECK(plain(blocks[0].spans) == "Cap");
  CHECK(blocks[0].align == Align::center);
  const auto& rows = blocks[1].rows;
  REQUIRE(rows.size() == 3);
  CHECK(rows[0][0].header);
  CHECK(rows[0][0].align == Align::right);
  CHECK(rows[0][1].rowspan == 2);
  CHECK(rows[0][1].colspan == 3);
  CHECK(rows[0][1].align == Align::center);
  CHECK(rows[0][1].background == Color{1, 0, 0});
  CHECK(plain(rows[1][0].spans) == "x\ny");
  CHECK(rows[1][0].background == Color{0, 0, 1});
  CHECK(plain(rows[2][0].spans) == "inner cells");
}

TEST_CASE("image sizes in the HTML are read in em of the card's font") {
  Stylesheet css(".card { font-size: 25px }");
  auto blocks = parse_rich_text("<img src=\"a.png\" width=\"100\"><img src=\"b.png\" style=\"height: 50px\">", css);
  REQUIRE(blocks.size() == 2);
  CHECK(blocks[0].image_width == Approx(4));
  CHECK_FALSE(blocks[0].image_height);
  CHECK(blocks[1].image_height == Approx(2));
}

TEST_CASE("alignment and colour come from the .card rule, element rules and inline styles") {
  Stylesheet css(".card { text-align: center; color: #333333 } ul { text-align: left } .cloze { color: #ff0000 }");
  auto blocks = parse_rich_text(
      "<p>centred</p><ul><li>left</li></ul><div style=\"text-align: right\">right</div>"
      "<p dir=\"rtl\">rtl</p><span class=\"cloze\">deleted</span>",
      css);
  REQUIRE(blocks.size() == 5);
  CHECK(blocks[0].align == Align::center);
  CHECK(blocks[0].spans[0].style.color == Color{0.2, 0.2, 0.2});
  CHECK(blocks[1].align == Align::left);
  CHECK(blocks[2].align == Align::right);
  CHECK(blocks[3].direction == Direction::rtl);
  CHECK(blocks[4].spans[0].style.bold);
  CHECK(blocks[4].spans[0].style.color == Color{1, 0, 0});
}

TEST_CASE("font sizes from classes and inline styles, relative to the card's") {
  Stylesheet css(".card { font-size: 20px } .extra { font-size: 0.85em } small { font-size: 2em }");
  auto blocks = parse_rich_text(
      "<div class=\"extra\">e</div><span style=\"font-size: 30px\">big</span><small>s</small>", css);
  CHECK(find_span(blocks, "e")->style.scale == Approx(0.85));
  CHECK(find_span(blocks, "big")->style.scale == Approx(1.5));
  CHECK(find_span(blocks, "s")->style.scale == Approx(1 / 1.2));  // element rules' sizes are left out
}

TEST_CASE("rules for an element inside another apply only while that one is open") {
  Stylesheet css(".card b { color: #ff0000 } td i { color: #00ff00 } .note u { color: #0000ff }");
  auto blocks = parse_rich_text(
      "<b>card</b><table><tr><td><i>cell</i></td></tr></table><i>after</i>"
      "<div class=\"note\"><u>noted</u></div><u>plain</u>",
      css);
  CHECK(find_span(blocks, "card")->style.color == Color{1, 0, 0});
  REQUIRE(blocks[1].rows.size() == 1);
  CHECK(blocks[1].rows[0][0].spans[0].style.color == Color{0, 1, 0});
  CHECK(find_span(blocks, "after")->style.color == kBlack);
  CHECK(find_span(blocks, "noted")->style.color == Color{0, 0, 1});
  CHECK(find_span(blocks, "plain")->style.color == kBlack);
}
