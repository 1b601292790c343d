#include <catch2/catch.hpp>

#include <linebreak.h>

#include "print/line_breaker.h"
#include "text/utf8.h"

using namespace deckpress::print;
namespace text = deckpress::text;

namespace {

// Breaks `text` into lines of at most `width` columns, CJK counting two.
std::vector<std::string> wrap(std::string_view text, double width) {
  std::u32string code_points = text::decode_utf8(text);
  std::vector<BreakRule> rules = find_breaks(code_points);
  std::vector<TextUnit> units;
  for (size_t i = 0; i < code_points.size(); ++i) {
    char32_t c = code_points[i];
    double advance = c == '\n' || (c >= 0x300 && c <= 0x36F) ? 0 : c >= 0x3000 ? 2 : 1;
    units.push_back(TextUnit{c, advance, rules[i]});
  }
  std::vector<std::string> lines;
  for (const LineRange& range : break_lines(units, BreakOptions{width})) {
    std::string line;
    for (size_t i = range.begin; i < range.end; ++i) text::append_utf8(line, units[i].code_point);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\n')) line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

}  // namespace

TEST_CASE("English breaks between words") {
  CHECK(wrap("the quick brown fox jumps over the lazy dog", 10) ==
        std::vector<std::string>{"the quick", "brown fox", "jumps over", "the lazy", "dog"});
}

TEST_CASE("line widths leave out the spaces at the end") {
  std::vector<TextUnit> units;
  for (char c : std::string("ab cd")) units.push_back(TextUnit{static_cast<char32_t>(c), 1, BreakRule::none});
  units[2].after = BreakRule::allow;
  units[4].after = BreakRule::must;
  auto lines = break_lines(units, BreakOptions{3});
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].width == 2);
  CHECK(lines[1].width == 2);
}

TEST_CASE("a long URL breaks at its slashes, and inside a segment only when it must") {
  CHECK(wrap("see https://example.com/a/very/long/path/segment", 14) ==
        std::vector<std::string>{"see https://", "example.com/a/", "very/long/", "path/segment"});
  CHECK(wrap("https://example.com/abcdefghijklmnopqrstuvwxyz", 12) ==
        std::vector<std::string>{"https://", "example.com/", "abcdefghijkl", "mnopqrstuvwx", "yz"});
}

TEST_CASE("a word longer than the line breaks between characters") {
  CHECK(wrap("abcdefghij", 4) == std::vector<std::string>{"abcd", "efgh", "ij"});
}

TEST_CASE("a character is never split from its combining accent") {
  CHECK(wrap("e\u0301e\u0301e\u0301", 2) == std::vector<std::string>{"e\u0301e\u0301", "e\u0301"});
}

TEST_CASE("CJK text without spaces breaks between ideographs") {
  CHECK(wrap("日本語の文章です", 6) == std::vector<std::string>{"日本語", "の文章", "です"});
  CHECK(wrap("漢字 and English", 8) == std::vector<std::string>{"漢字 and", "English"});
}

TEST_CASE("a forced break always ends the line") {
  CHECK(wrap("one\ntwo three", 20) == std::vector<std::string>{"one", "two three"});
}

TEST_CASE("malformed UTF-8 becomes replacement characters") {
  CHECK(text::decode_utf8("a\xFF" "b") == U"a\uFFFDb");
  CHECK(find_breaks(text::decode_utf8("a\xFF" "b")).size() == 3);
}

TEST_CASE("U+FFFF, libunibreak's end marker, is an ordinary character") {
  CHECK(find_breaks(U"a\uFFFFb").size() == 3);
}

namespace {

std::string utf8_of(const std::u32string& text) {
  std::string out;
  for (char32_t c : text) text::append_utf8(out, c);
  return out;
}

// libunibreak's own answer, to check the pair table against.
std::vector<BreakRule> reference_breaks(const std::u32string& text) {
  std::vector<utf32_t> units(text.begin(), text.end());
  std::vector<char> raw(units.size());
  set_linebreaks_utf32(units.data(), units.size(), "", raw.data());
  std::vector<BreakRule> rules;
  for (char rule : raw) {
    rules.push_back(rule == LINEBREAK_MUSTBREAK    ? BreakRule::must
                    : rule == LINEBREAK_ALLOWBREAK ? BreakRule::allow
                                                   : BreakRule::none);
  }
  return rules;
}

}  // namespace

TEST_CASE("breaks in ASCII text are libunibreak's, character for character") {
  init_linebreak();
  // Every printable character, often enough next to letters, digits,
  // spaces and newlines to meet each of the others.
  std::u32string alphabet;
  for (char32_t c = ' '; c <= '~'; ++c) alphabet += c;
  alphabet += U"aaaaeeee    \n1";
  unsigned seed = 12345;
  auto next = [&] { return (seed = seed * 1103515245 + 12345) >> 16; };
  for (int round = 0; round < 40000; ++round) {
    std::u32string text;
    size_t length = 1 + next() % 12;
    for (size_t i = 0; i < length; ++i) text += alphabet[next() % alphabet.size()];
    INFO(utf8_of(text));
    CHECK(find_breaks(text) == reference_breaks(text));
  }
}

TEST_CASE("breaks in prose with punctuation, quotes and brackets") {
  init_linebreak();
  for (std::u32string text : {U"Why? Because (as \"they\" say) it's 3.5% of $10-20, e.g. a/b; c: d!",
                              U"  leading spaces", U"line\n  indented", U"a\n\nb", U"x -- y --z", U""}) {
    INFO(utf8_of(text));
    CHECK(find_breaks(text) == reference_breaks(text));
  }
}

TEST_CASE("wrapped code lines hang from their own source line's indentation, measured once per source line") {
  // A source line of 500,000 spaces and 200,000 words wraps about 70,000
  // times; measuring its spaces again at each wrap took minutes.
  constexpr size_t kSpaces = 500000;
  constexpr size_t kWords = 200000;
  std::vector<TextUnit> units;
  auto add = [&](char32_t c, BreakRule after) { units.push_back(TextUnit{c, c == '\n' ? 0.0 : 1.0, after}); };
  add('x', BreakRule::none);
  add('\n', BreakRule::must);
  for (size_t i = 0; i < kSpaces; ++i) add(' ', i + 1 == kSpaces ? BreakRule::allow : BreakRule::none);
  for (size_t i = 0; i < kWords; ++i) {
    add('a', BreakRule::none);
    add(' ', BreakRule::allow);
  }
  add('\n', BreakRule::must);
  const size_t indented = units.size();
  for (char c : std::string("  b c d e f g h i j")) add(static_cast<char32_t>(c), c == ' ' ? BreakRule::allow : BreakRule::none);
  units.back().after = BreakRule::must;

  auto lines = break_lines(units, BreakOptions{10, 0, 1});
  REQUIRE(lines.size() > 3);
  CHECK(lines[0].indent == 0);
  CHECK(lines[1].indent == 0);  // the spaces, then the words, hanging at most half the width in
  size_t words = 0;
  size_t misplaced = 0;
  size_t line = 2;
  for (; line < lines.size() && lines[line].begin < indented; ++line) {
    misplaced += !lines[line].continued || lines[line].indent != 5;
    for (size_t i = lines[line].begin; i < lines[line].end; ++i) words += units[i].code_point == 'a';
  }
  CHECK(words == kWords);
  CHECK(misplaced == 0);
  // The next source line hangs from its own two spaces, plus the mark's room.
  REQUIRE(line + 1 < lines.size());
  CHECK(lines[line].indent == 0);
  CHECK(lines[line + 1].continued);
  CHECK(lines[line + 1].indent == 3);
}
