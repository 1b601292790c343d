#include <catch2/catch.hpp>

#include "print/css.h"

using namespace deckpress::print;

namespace {

// The values of `property` that apply to the element inside `around`
// (outermost first), in cascade order.
std::vector<std::string> values(const Stylesheet& css, const ElementName& element, const std::string& property,
                                const std::vector<ElementName>& around = {}) {
  Ancestors ancestors(css);
  for (const ElementName& ancestor : around) ancestors.push(ancestor);
  std::vector<std::string> found;
  for (const auto& match : css.matching(element, ancestors)) {
    if (match.declaration->property == property) found.push_back(match.declaration->value);
  }
  return found;
}

}  // namespace

TEST_CASE("colours: names, hex, rgb() and rgba() blended onto white paper") {
  CHECK(parse_css_color("red") == Color{1, 0, 0});
  CHECK(parse_css_color("RebeccaPurple") == Color{0x66 / 255.0, 0x33 / 255.0, 0x99 / 255.0});
  CHECK(parse_css_color("#0f0") == Color{0, 1, 0});
  CHECK(parse_css_color(" #1a5fb4 ") == Color{0x1a / 255.0, 0x5f / 255.0, 0xb4 / 255.0});
  CHECK(parse_css_color("rgb(255, 0, 0)") == Color{1, 0, 0});
  CHECK(parse_css_color("rgb(0 0 255)") == Color{0, 0, 1});
  CHECK(parse_css_color("rgba(0, 0, 0, 0.5)") == Color{0.5, 0.5, 0.5});
  CHECK(parse_css_color("rgb(100%, 0%, 0%)") == Color{1, 0, 0});
  CHECK_FALSE(parse_css_color("transparent"));
  CHECK_FALSE(parse_css_color("currentColor"));
  CHECK_FALSE(parse_css_color("#12"));
  CHECK_FALSE(parse_css_color("hsl(0, 100%, 50%)"));
}

TEST_CASE("declarations are trimmed, lower-cased and lose !important") {
  auto declarations = parse_declarations(" Color : Red ;font-weight:bold !important;; junk ");
  REQUIRE(declarations.size() == 2);
  CHECK(declarations[0].property == "color");
  CHECK(declarations[0].value == "Red");
  CHECK(declarations[1].property == "font-weight");
  CHECK(declarations[1].value == "bold");
}

TEST_CASE("a stylesheet keeps rules for one element or one class, and for one inside another") {
  Stylesheet css(R"(
    /* Anki's default */ .card { text-align: center; color: black }
    .card.nightMode, .nightMode .card { color: white }
    @media print { .card { color: gray } }
    th, td { border: 1px solid }
    code { background: #eee }
    pre code { background: none }
    .cloze { color: blue } .extra { color: gray }
    #answer { color: red }
    a > b { color: red }
  )");
  CHECK(values(css, {"", "card"}, "color") == std::vector<std::string>{"black"});
  CHECK(values(css, {"", "card"}, "text-align") == std::vector<std::string>{"center"});
  CHECK(values(css, {"td", ""}, "border") == std::vector<std::string>{"1px solid"});
  CHECK(values(css, {"span", "cloze extra"}, "color") == std::vector<std::string>{"blue", "gray"});
  CHECK(values(css, {"code", ""}, "background") == std::vector<std::string>{"#eee"});
  // Inside <pre> the nested rule applies too, after the plain one.
  CHECK(values(css, {"code", ""}, "background", {{"", "card"}, {"pre", ""}}) ==
        std::vector<std::string>{"#eee", "none"});
  CHECK(values(css, {"b", ""}, "color", {{"a", ""}}).empty());
  CHECK(values(css, {"hr", ""}, "color").empty());
}

TEST_CASE("class rules come after element rules whatever the sheet's order") {
  Stylesheet css(".note { color: red } span { color: blue }");
  CHECK(values(css, {"span", "note"}, "color") == std::vector<std::string>{"blue", "red"});
}
