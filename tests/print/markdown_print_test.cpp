// Fields as authors write them, run through text/ (Markdown, cloze,
// highlighting) and then read by print: the two agree on the HTML between
// them (text/html_vocabulary.h), with no hand-written imitation of it.
#include <catch2/catch.hpp>

#include "print/rich_text.h"
#include "text/cloze.h"
#include "text/markdown.h"

using namespace deckpress;
using namespace deckpress::print;

namespace {

std::vector<Block> printed(std::string_view markdown) {
  return parse_rich_text(text::markdown_to_html(markdown, {}).html);
}

std::string plain(const std::vector<Span>& spans) {
  std::string text;
  for (const Span& span : spans) text += span.text;
  return text;
}

}  // namespace

TEST_CASE("Markdown tables keep their columns' alignment") {
  auto blocks = printed("| Left | Centre | Right |\n|:-----|:------:|------:|\n| a | b | c |\n");
  REQUIRE(blocks.size() == 1);
  const auto& rows = blocks[0].rows;
  REQUIRE(rows.size() == 2);
  CHECK(rows[0][0].header);
  CHECK(rows[1][0].align == Align::left);
  CHECK(rows[1][1].align == Align::center);
  CHECK(rows[1][2].align == Align::right);
  CHECK(plain(rows[1][2].spans) == "c");
}

TEST_CASE("Markdown math becomes formulas, inline and display") {
  auto blocks = printed("Euler: $e^{i\\pi} + 1 = 0$, and\n\n$$\\int_0^1 x\\,dx = \\frac{1}{2}$$");
  REQUIRE(blocks.size() == 2);
  REQUIRE(blocks[0].spans.size() == 3);
  CHECK(blocks[0].spans[1].kind == Span::Kind::math);
  CHECK(blocks[0].spans[1].text == "e^{i\\pi} + 1 = 0");
  CHECK(blocks[1].kind == BlockKind::math);
  CHECK(blocks[1].spans[0].text == "\\int_0^1 x\\,dx = \\frac{1}{2}");
  CHECK(blocks[1].spans[0].display);
}

TEST_CASE("highlighted code keeps the highlighter's colours and weights") {
  auto blocks = printed("```python\ndef f():\n    return 1  # one\n```");
  REQUIRE(blocks.size() == 1);
  CHECK(blocks[0].kind == BlockKind::code);
  CHECK(plain(blocks[0].spans) == "def f():\n    return 1  # one");
  const Span& keyword = blocks[0].spans[0];
  CHECK(keyword.text == "def");
  CHECK(keyword.style.mono);
  CHECK(keyword.style.bold);
  CHECK(keyword.style.color != kBlack);
  const Span& comment = blocks[0].spans.back();
  CHECK(comment.text == "# one");
  CHECK(comment.style.italic);
}

TEST_CASE("cloze deletions print bold and coloured, hidden or revealed") {
  std::string field = text::markdown_to_html("The capital is {{c1::Paris::city}}.", {}).html;
  for (bool answer : {false, true}) {
    INFO(answer);
    auto blocks = parse_rich_text(text::render_cloze(field, 1, answer));
    REQUIRE(blocks.size() == 1);
    const Span& deletion = blocks[0].spans[1];
    CHECK(deletion.text == (answer ? "Paris" : "[city]"));
    CHECK(deletion.style.bold);
    CHECK(deletion.style.color == kClozeColor);
  }
}

TEST_CASE("emphasis, strike-through, inline code and links from Markdown") {
  auto blocks = printed("*it* **bold** ~~gone~~ `code` [site](https://example.com)");
  REQUIRE(blocks.size() == 1);
  const auto& spans = blocks[0].spans;
  auto style_of = [&](const std::string& text) {
    for (const Span& span : spans) {
      if (span.text == text) return span.style;
    }
    FAIL("no span " << text);
    return TextStyle{};
  };
  CHECK(style_of("it").italic);
  CHECK(style_of("bold").bold);
  CHECK(style_of("gone").strike);
  CHECK(style_of("code").mono);
  CHECK(style_of("site").underline);
}
