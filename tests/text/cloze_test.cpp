#include <catch2/catch.hpp>

#include "repeated_text.h"
#include "text/cloze.h"

using namespace deckpress::text;
using Numbers = std::set<int>;

TEST_CASE("cloze_numbers lists every card number in the text") {
  CHECK(cloze_numbers("{{c1::Paris}} is in {{c3::France}}") == Numbers{1, 3});
  CHECK(cloze_numbers("{{c2::a::hint}} {{c2::b}}") == Numbers{2});
  CHECK(cloze_numbers("no deletions {{here}}") == Numbers{});
}

TEST_CASE("cloze_numbers reads multi-number and nested deletions, ignoring c0") {
  CHECK(cloze_numbers("{{c1,2::x}}") == Numbers{1, 2});
  CHECK(cloze_numbers("{{c1::a {{c2::b}} c}}") == Numbers{1, 2});
  CHECK(cloze_numbers("{{c0::x}} {{c4::y}}") == Numbers{4});
}

TEST_CASE("cloze_numbers ignores deletions that never close") {
  CHECK(cloze_numbers("{{c1::open") == Numbers{});
}

TEST_CASE("render_cloze hides the active deletion on the question side") {
  std::string text = "{{c1::Paris}} is the capital of {{c2::France}}";
  CHECK(render_cloze(text, 1, false) ==
        "<span class=\"cloze\" data-cloze=\"Paris\">[...]</span> is the capital of France");
  CHECK(render_cloze(text, 2, false) ==
        "Paris is the capital of <span class=\"cloze\" data-cloze=\"France\">[...]</span>");
}

TEST_CASE("render_cloze shows a hint instead of [...]") {
  CHECK(render_cloze("{{c1::Paris::city}}", 1, false) ==
        "<span class=\"cloze\" data-cloze=\"Paris\">[city]</span>");
}

TEST_CASE("render_cloze escapes the answer kept in data-cloze") {
  CHECK(render_cloze("{{c1::<b>x</b> & \"y\"}}", 1, false) ==
        "<span class=\"cloze\" data-cloze=\"&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;\">[...]</span>");
}

TEST_CASE("render_cloze reveals the active deletion on the answer side") {
  CHECK(render_cloze("{{c1::Paris::city}} and {{c2::Rome}}", 1, true) ==
        "<span class=\"cloze\">Paris</span> and Rome");
}

TEST_CASE("render_cloze handles multi-number deletions") {
  CHECK(render_cloze("{{c1,2::x}} {{c3::y}}", 2, false) ==
        "<span class=\"cloze\" data-cloze=\"x\">[...]</span> y");
}

TEST_CASE("render_cloze handles nested deletions") {
  std::string text = "{{c1::a {{c2::b}} c}}";
  CHECK(render_cloze(text, 1, false) ==
        "<span class=\"cloze\" data-cloze=\"a b c\">[...]</span>");
  CHECK(render_cloze(text, 1, true) == "<span class=\"cloze\">a b c</span>");
  CHECK(render_cloze(text, 2, false) ==
        "a <span class=\"cloze\" data-cloze=\"b\">[...]</span> c");
  CHECK(render_cloze(text, 2, true) == "a <span class=\"cloze\">b</span> c");
}

TEST_CASE("render_cloze keeps malformed markup as text") {
  CHECK(render_cloze("{{c1::open and }} {{x}}", 2, false) == "open and  {{x}}");
  CHECK(render_cloze("{{c1::open", 1, false) == "{{c1::open");
  CHECK(render_cloze("a }} b", 1, false) == "a }} b");
}

TEST_CASE("render_cloze_only gives the active answers") {
  CHECK(render_cloze_only("{{c1::a}} {{c2::b}} {{c1::c::hint}}", 1) == "a, c");
  CHECK(render_cloze_only("{{c1::a}}", 2) == "");
}

TEST_CASE("check_cloze_syntax accepts well-formed text") {
  CHECK(check_cloze_syntax("{{c1::a}} {{c2::b::hint}} {{c1,3::{{c4::x}}}}").empty());
  CHECK(check_cloze_syntax("Mustache {{like}} text and {{c}} alone").empty());
}

TEST_CASE("check_cloze_syntax reports an unclosed deletion at its {{") {
  auto problems = check_cloze_syntax("ok {{c1::a}} then {{c2::never");
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].offset == 18);
  CHECK(problems[0].message == "cloze deletion is never closed with }}");
}

TEST_CASE("check_cloze_syntax reports deletions without a number") {
  auto problems = check_cloze_syntax("{{c::x}} and {{cx::y}}");
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].offset == 0);
  CHECK(problems[0].message == "cloze deletion without a number; write {{c1::...}}");
  CHECK(problems[1].offset == 13);
  CHECK(problems[1].message == "not a cloze deletion Anki knows; write {{c1::...}}");
}

TEST_CASE("check_cloze_syntax reports empty answers and c0") {
  auto problems = check_cloze_syntax("{{c1::}} {{c2::::hint}} {{c0::z}}");
  REQUIRE(problems.size() == 3);
  CHECK(problems[0].offset == 0);
  CHECK(problems[0].message == "cloze deletion with an empty answer");
  CHECK(problems[1].offset == 9);
  CHECK(problems[1].message == "cloze deletion with an empty answer");
  CHECK(problems[2].offset == 24);
  CHECK(problems[2].message == "Anki ignores c0; cloze numbers start at 1");
}

TEST_CASE("a field of very many unclosed deletions stays text in order and each is reported") {
  const std::string text = repeated("{{c1::a", 100000) + " }";
  CHECK(render_cloze(text, 1, false) == text);
  auto problems = check_cloze_syntax(text);
  REQUIRE(problems.size() == 100000);
  CHECK(problems.front().offset == 0);
  CHECK(problems.back().offset == 7 * 99999);
  // Nested ones give up innermost first, each into the one around it.
  CHECK(render_cloze("{{c1::a {{c2::b {{c3::c}} d", 3, false) ==
        "{{c1::a {{c2::b <span class=\"cloze\" data-cloze=\"c\">[...]</span> d");
}

TEST_CASE("fields of very many braces of one kind or openers without colons are read in one pass") {
  const std::string opening = repeated("{", 2000000);
  CHECK(render_cloze(opening, 1, false) == opening);
  const std::string almost = repeated("{{c", 1000000);
  CHECK(check_cloze_syntax(almost).empty());
  CHECK(render_cloze(almost + "1::x}}", 1, true) == repeated("{{c", 999999) + "<span class=\"cloze\">x</span>");
}

TEST_CASE("deletions nested deeper than Anki's cards could show are text, reported once, without a deep walk") {
  auto nested = [](size_t depth) {
    std::string text;
    for (size_t i = 0; i < depth; ++i) text += "{{c1::";
    text += "x";
    for (size_t i = 0; i < depth; ++i) text += "}}";
    return text;
  };
  CHECK(check_cloze_syntax(nested(kMaxClozeDepth)).empty());
  // Deep enough to overflow the stack of a recursive walk.
  const std::string deep = nested(120'000);
  auto problems = check_cloze_syntax(deep);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].offset == kMaxClozeDepth * 6);
  CHECK(problems[0].message == "cloze deletions nested more than 100 deep; this one and those inside it would show as text");
  // The deepest deletion the card shows holds the rest as text.
  std::string question = render_cloze(deep, 1, false);
  CHECK(question.find("[...]") != std::string::npos);
  CHECK(cloze_numbers(deep) == std::set<int>{1});
  // The text kept holds a "::", which Anki's rule reads as the hint of the deletion around it.
  std::string answer = render_cloze(nested(kMaxClozeDepth + 1), 1, true);
  CHECK(answer.find("<span class=\"cloze\">{{c1</span>") != std::string::npos);
}
