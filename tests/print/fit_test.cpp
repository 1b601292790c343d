#include <catch2/catch.hpp>

#include "fake_metrics.h"
#include "print/fit.h"

using namespace deckpress::print;

namespace {

struct Side {
  std::vector<PreparedBlock> blocks;
  StyledText mark;
};

Side prepare(const std::string& html) {
  testing::FakeMetrics metrics;
  GlyphProblems problems;
  return Side{prepare_blocks(parse_rich_text(html), metrics, {}, problems),
              prepare_text({Span{"...", TextStyle{}}}, metrics, problems)};
}

}  // namespace

TEST_CASE("short text gets the largest size") {
  Side side = prepare("<p>Hi</p>");
  FittedSide fitted = fit_side(side.blocks, Size{200, 100}, {14, 7}, side.mark);
  CHECK(fitted.font_size == 14);
  CHECK_FALSE(fitted.overflows);
}

TEST_CASE("the size is the largest at which the text stays on its lines") {
  // 4.5 em on one line fits 45 pt up to 10 pt; two lines never fit 13 pt.
  Side side = prepare("<p>aaaa aaaa</p>");
  FittedSide fitted = fit_side(side.blocks, Size{45, 13}, {14, 7}, side.mark);
  CHECK(fitted.font_size == 10);
  CHECK_FALSE(fitted.overflows);
}

TEST_CASE("fitting is exact to a quarter point") {
  Side side = prepare("<p>" + std::string(60, 'w') + " and some more words to wrap</p><ul><li>item</li></ul>");
  Size box{150, 80};
  FittedSide fitted = fit_side(side.blocks, box, {14, 7}, side.mark);
  REQUIRE_FALSE(fitted.overflows);
  CHECK(layout_blocks(side.blocks, fitted.font_size, box.width, nullptr).height <= box.height);
  CHECK(layout_blocks(side.blocks, fitted.font_size + 0.25, box.width, nullptr).height > box.height);
}

TEST_CASE("text too long at the minimum is cut and marked, never clipped silently") {
  Side side = prepare("<p>" + std::string(2000, 'x') + "</p>");
  Size box{100, 60};
  FittedSide fitted = fit_side(side.blocks, box, {14, 7}, side.mark);
  CHECK(fitted.overflows);
  CHECK(fitted.font_size == 7);
  for (const Item& item : fitted.items) CHECK(item_bottom(item) <= box.height);
  const auto* mark = std::get_if<TextItem>(&fitted.items.back());
  REQUIRE(mark);
  CHECK(mark->text == "...");
  CHECK(mark->baseline > box.height - 2 * 7);
}

TEST_CASE("the fitted size is the largest that fits, for texts of every length") {
  Size box{150, 120};
  for (int words = 1; words < 120; words += 3) {
    std::string html = "<p>";
    for (int w = 0; w < words; ++w) html += std::string(1 + (w * 7) % 9, 'a') + " ";
    html += "</p><ul><li>one item</li><li>two</li></ul>";
    Side side = prepare(html);
    FittedSide fitted = fit_side(side.blocks, box, {14, 7}, side.mark);
    INFO(words << " words, " << fitted.font_size << " pt");
    if (fitted.overflows) continue;
    CHECK(layout_blocks(side.blocks, fitted.font_size, box.width, nullptr).height <= box.height);
    if (fitted.font_size < 14) CHECK(layout_blocks(side.blocks, fitted.font_size + 0.25, box.width, nullptr).height > box.height);
  }
}

// The search guesses from how heights grow and closes the bracket one step
// from a guess: 5.45 layouts per side here, the one at the largest size
// included. Bisecting the 68 quarter points from 7 to 24 pt takes 8.
TEST_CASE("choosing the size takes few trial layouts, and the size is the largest that fits") {
  Size box{150, 120};
  int sides = 0, trials = 0;
  for (int words = 1; words < 150; ++words) {
    std::string html = "<p>";
    for (int w = 0; w < words; ++w) html += std::string(1 + (w * 7) % 9, 'a') + " ";
    html += "</p>";
    Side side = prepare(html);
    FittedSide fitted = fit_side(side.blocks, box, {24, 7}, side.mark);
    if (fitted.overflows || fitted.font_size == 24) continue;
    INFO(words << " words, " << fitted.font_size << " pt");
    CHECK(layout_blocks(side.blocks, fitted.font_size, box.width, nullptr).height <= box.height);
    CHECK(layout_blocks(side.blocks, fitted.font_size + 0.25, box.width, nullptr).height > box.height);
    ++sides;
    trials += fitted.trials;
  }
  REQUIRE(sides > 40);
  WARN("trial layouts per side: " << double(trials) / sides);
  CHECK(double(trials) / sides < 6.0);
}
