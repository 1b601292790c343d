// A broken or hostile shared deck: fields of very many nested or stray
// tags are read in time linear in their size.
#include <catch2/catch.hpp>

#include <string>

#include "print/open_elements.h"
#include "print/rich_text.h"
#include "repeated_text.h"

using namespace deckpress::print;

constexpr size_t kMany = 150000;

TEST_CASE("a closing tag with no open element of its name is dropped without looking through the open ones") {
  Stylesheet css;
  OpenElements open(css, OpenElement{"", "card", {}, false});
  open.open(OpenElement{"div", "", {}, false});
  for (size_t i = 0; i < kMany; ++i) open.open(OpenElement{"b", "", {}, false});
  size_t closed = 0;
  for (size_t i = 0; i < kMany; ++i) closed += open.closed_by("i");
  CHECK(closed == 0);
  CHECK(open.looked_at() == 0);
  // A close looks only at the elements it ends.
  CHECK(open.closed_by("b") == 1);
  CHECK(open.looked_at() == 1);
  CHECK(open.close_innermost().name == "b");
  CHECK(open.closed_by("div") == kMany);
  CHECK(open.looked_at() == 1 + kMany);
}

TEST_CASE("descendant rules see every open element, however deep") {
  Stylesheet css("i b { color: #ff0000 }");
  OpenElements open(css, OpenElement{"", "card", {}, false});
  open.open(OpenElement{"i", "", {}, false});
  for (size_t i = 0; i < kMany; ++i) open.open(OpenElement{"span", "", {}, false});
  CHECK(css.matching(ElementName{"b", ""}, open.ancestors()).size() == 1);
  for (size_t count = open.closed_by("i"); count > 0; --count) open.close_innermost();
  CHECK(css.matching(ElementName{"b", ""}, open.ancestors()).empty());
}

TEST_CASE("a field of very many nested and stray tags prints its text styled as the rules say") {
  Stylesheet css("span b { color: #ff0000 }");
  std::string html = repeated("<span>", kMany) + "<b>deep</b>" + repeated("</i>", kMany) + "<p>after</p>";
  auto blocks = parse_rich_text(html, css);
  REQUIRE(blocks.size() == 2);
  REQUIRE(blocks[0].spans.size() == 1);
  CHECK(blocks[0].spans[0].text == "deep");
  CHECK(blocks[0].spans[0].style.bold);
  CHECK(blocks[0].spans[0].style.color == Color{1, 0, 0});
  CHECK(blocks[1].spans[0].text == "after");
}
