#include "print/fit.h"

#include <algorithm>
#include <cmath>

namespace deckpress::print {
namespace {

constexpr double kStep = 0.25;
constexpr Color kContinuationColor{0.75, 0.0, 0.0};

bool fits(const std::vector<PreparedBlock>& blocks, Size box, double size) {
  return layout_blocks(blocks, size, box.width, nullptr) <= box.height;
}

// Keeps what ends above the mark's line and puts the mark there.
void cut_and_mark(FittedSide& side, Size box, const StyledText& continuation) {
  double mark_top = box.height - kLineHeight * side.font_size;
  std::erase_if(side.items, [&](const Item& item) { return item_bottom(item) > mark_top; });
  for (TextItem& item : one_line_items(continuation, 0, mark_top + kAscent * side.font_size, side.font_size,
                                        kContinuationColor)) {
    side.items.push_back(std::move(item));
  }
}

// The largest number of steps above the minimum at which the text fits,
// given that it fits at the minimum and is `at_max` high at the maximum.
// Heights grow with about the 1.6th power of the size (measured on the
// benchmark decks: more lines, each taller, but the same gaps), so the
// answer is guessed from `at_max`; the search gallops away from the guess
// until it brackets the answer and bisects from there. Half the guesses
// are right, so about half of the trial layouts of plain bisection are
// saved; the answer is the same.
int largest_fitting_step(const std::vector<PreparedBlock>& blocks, Size box, FitLimits limits, double at_max) {
  constexpr double kGrowth = 1.6;
  // Invariant: min + low * step fits, min + high * step does not.
  int low = 0;
  int high = static_cast<int>(std::ceil((limits.max_size - limits.min_size) / kStep));
  auto probe = [&](int step) { (fits(blocks, box, limits.min_size + step * kStep) ? low : high) = step; };
  if (high - low > 1) {
    double guessed_size = limits.max_size * std::pow(box.height / at_max, 1 / kGrowth);
    int guess = std::clamp(static_cast<int>(std::floor((guessed_size - limits.min_size) / kStep)), low + 1, high - 1);
    probe(guess);
    bool upwards = low == guess;
    for (int stride = 1; high - low > 1; stride *= 2) {
      int next = upwards ? std::min(low + stride, high - 1) : std::max(high - stride, low + 1);
      probe(next);
      if ((upwards ? high : low) == next) break;
    }
  }
  while (high - low > 1) probe((low + high) / 2);
  return low;
}

}  // namespace

FittedSide fit_side(const std::vector<PreparedBlock>& blocks, Size box, FitLimits limits,
                    const StyledText& continuation) {
  FittedSide side;
  double at_max = layout_blocks(blocks, limits.max_size, box.width, nullptr);
  if (at_max <= box.height) {
    side.font_size = limits.max_size;
  } else if (!fits(blocks, box, limits.min_size)) {
    side.font_size = limits.min_size;
    side.overflows = true;
  } else {
    side.font_size = limits.min_size + largest_fitting_step(blocks, box, limits, at_max) * kStep;
  }
  layout_blocks(blocks, side.font_size, box.width, &side.items);
  if (side.overflows) cut_and_mark(side, box, continuation);
  return side;
}

}  // namespace deckpress::print
