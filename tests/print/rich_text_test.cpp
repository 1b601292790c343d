#include <catch2/catch.hpp>

#include "print/rich_text.h"

using namespace deckpress::print;

namespace {

TextStyle bold() {
  TextStyle style;
  style.bold = true;
  return style;
}

TextStyle italic() {
  TextStyle style;
  style.italic = true;
  return style;
}

TextStyle mono() {
  TextStyle style;
  style.mono = true;
  return style;
}

// The block's text with styles left out.
std::string plain(const std::vector<Span>& spans) {
  std::string text;
  for (const Span& span : spans) text += span.text;
  return text;
}

}  // namespace

TEST_CASE("paragraphs hold styled spans") {
  auto blocks = parse_rich_text("<p>Hello <strong>bold</strong> and <em>it</em></p>\n<p>second</p>");
  REQUIRE(blocks.size() == 2);
  CHECK(blocks[0].kind == BlockKind::paragraph);
  REQUIRE(blocks[0].spans.size() == 4);
  CHECK(blocks[0].spans[0].text == "Hello ");
  CHECK(blocks[0].spans[1].text == "bold");
  CHECK(blocks[0].spans[1].style == bold());
  CHECK(blocks[0].spans[3].style == italic());
  CHECK(plain(blocks[1].spans) == "second");
}

TEST_CASE("whitespace collapses, entities decode, <br> breaks the line") {
  auto blocks = parse_rich_text("  a &amp;\n   b&nbsp;c<br>\n d ");
  REQUIRE(blocks.size() == 1);
  CHECK(plain(blocks[0].spans) == "a & b\u00A0c\nd");
}

TEST_CASE("code blocks keep their white space and inline code and strike-through") {
  auto blocks = parse_rich_text("<pre>  indented\n\tand a tab</pre><p><code>len()</code> <del>old</del></p>");
  REQUIRE(blocks.size() == 2);
  CHECK(blocks[0].kind == BlockKind::code);
  CHECK(blocks[0].spans[0].text == "  indented\n\tand a tab");
  CHECK(blocks[0].spans[0].style == mono());
  CHECK(blocks[1].spans[0].style == mono());
  CHECK(blocks[1].spans[2].style.strike);
}

TEST_CASE("lists number, bullet and nest") {
  auto blocks = parse_rich_text("<ol><li>one</li><li>two<ul><li>inner</li></ul></li></ol><p>after</p>");
  REQUIRE(blocks.size() == 4);
  CHECK(blocks[0].kind == BlockKind::list_item);
  CHECK(blocks[0].marker == "1.");
  CHECK(blocks[0].indent == 1);
  CHECK(blocks[1].marker == "2.");
  CHECK(blocks[2].marker == "–");
  CHECK(blocks[2].indent == 2);
  CHECK(plain(blocks[2].spans) == "inner");
  CHECK(blocks[3].kind == BlockKind::paragraph);
  CHECK(blocks[3].indent == 0);
}

TEST_CASE("a paragraph inside a list item stays the item's text") {
  auto blocks = parse_rich_text("<ul>\n<li>\n<p>loose</p>\n<p>more</p>\n</li>\n</ul>");
  REQUIRE(blocks.size() == 2);
  CHECK(blocks[0].marker == "•");
  CHECK(plain(blocks[0].spans) == "loose");
  CHECK(blocks[1].marker.empty());
  CHECK(blocks[1].indent == 1);
}

TEST_CASE("headings, rules, images and tables") {
  auto blocks = parse_rich_text(
      "<h2>Title</h2><hr><img src=\"cat.png\" alt=\"a cat\">"
      "<table><tr><th>Key</th><th>Value</th></tr><tr><td>a</td><td><b>1</b></td></tr></table>");
  REQUIRE(blocks.size() == 4);
  CHECK(blocks[0].kind == BlockKind::heading);
  CHECK(blocks[0].level == 2);
  CHECK(blocks[0].spans[0].style == bold());
  CHECK(blocks[1].kind == BlockKind::rule);
  CHECK(blocks[2].kind == BlockKind::image);
  CHECK(blocks[2].image == "cat.png");
  CHECK(blocks[3].kind == BlockKind::table);
  REQUIRE(blocks[3].rows.size() == 2);
  REQUIRE(blocks[3].rows[0].size() == 2);
  CHECK(blocks[3].rows[0][0].spans[0].text == "Key");
  CHECK(blocks[3].rows[0][0].spans[0].style == bold());
  CHECK(blocks[3].rows[0][0].header);
  CHECK(blocks[3].rows[1][1].spans[0].style == bold());
  CHECK(blocks[3].rows[1][0].spans[0].style == TextStyle{});
}

TEST_CASE("whitespace between table tags makes no cells (Markdown tables are indented so)") {
  auto blocks = parse_rich_text("<table>\n<thead>\n<tr>\n<th>Type</th>\n<th>Cards</th>\n</tr>\n"
                                "</thead>\n<tbody>\n<tr>\n<td>basic</td>\n<td>one</td>\n</tr>\n</tbody>\n</table>");
  REQUIRE(blocks.size() == 1);
  const auto& rows = blocks[0].rows;
  REQUIRE(rows.size() == 2);
  REQUIRE(rows[0].size() == 2);
  CHECK(rows[0][0].spans[0].text == "Type");
  REQUIRE(rows[1].size() == 2);
  CHECK(rows[1][1].spans[0].text == "one");
}

TEST_CASE("sounds, scripts, styles and unknown tags leave only text") {
  auto blocks = parse_rich_text(
      "<style>.card{}</style><script>x()</script><custom>kept</custom> <a href=\"https://x\">link</a>"
      "[sound:hello.mp3]<!-- note -->");
  REQUIRE(blocks.size() == 1);
  CHECK(plain(blocks[0].spans) == "kept link");
}

TEST_CASE("a sound reference leaves out only itself: the text around it stays text, as Anki shows it") {
  // Anki puts a play button where the reference was: "<", the button, "b>".
  auto blocks = parse_rich_text("<[sound:a.mp3]b>");
  REQUIRE(blocks.size() == 1);
  REQUIRE(blocks[0].spans.size() == 1);
  CHECK(blocks[0].spans[0].text == "<b>");
  CHECK(blocks[0].spans[0].style == TextStyle{});
  auto printed = [](std::string_view html) {
    auto blocks = parse_rich_text(html);
    return blocks.empty() ? std::string() : plain(blocks[0].spans);
  };
  // Read once: what a reference's removal joins is no reference.
  CHECK(printed("[sou[sound:x.mp3]nd:y.mp3]") == "[sound:y.mp3]");
  // References are found in the HTML as written: an escaped bracket makes none, and neither does an empty name.
  CHECK(printed("&#91;sound:a.mp3] [sound:]") == "[sound:a.mp3] [sound:]");
  CHECK(printed("a[sound:]]b[sound:c") == "ab[sound:c");
}

TEST_CASE("a sound reference is found in the HTML as written, tags and comments included, as Anki finds it") {
  auto spans = [](std::string_view html) {
    auto blocks = parse_rich_text(html);
    REQUIRE(blocks.size() == 1);
    return blocks[0].spans;
  };
  // A name made bold in Anki's editor: Anki's button replaces the tags too.
  CHECK(plain(spans("before [sound:<b>a.mp3</b>] after")) == "before after");
  // A reference that swallows a closing tag leaves the element open, as in Anki.
  auto open = spans("<b>bold [sound:a.mp3</b>] still bold</b> plain");
  REQUIRE(open.size() == 2);
  CHECK(open[0].text == "bold still bold");
  CHECK(open[0].style.bold);
  CHECK(open[1].text == " plain");
  CHECK_FALSE(open[1].style.bold);
  // Inside a comment, the reference and the comment stay hidden.
  CHECK(plain(spans("<!-- [sound:a.mp3] -->shown")) == "shown");
}

TEST_CASE("a field of very many sound references loses them all in one pass") {
  std::string html;
  for (int i = 0; i < 200000; ++i) html += "x[sound:a.mp3]";
  auto blocks = parse_rich_text(html);
  REQUIRE(blocks.size() == 1);
  CHECK(plain(blocks[0].spans) == std::string(200000, 'x'));
}
