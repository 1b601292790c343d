#include "print/fit.h"

#include <algorithm>
#include <cmath>

namespace deckpress::print {
namespace {

constexpr double kStep = 0.25;
constexpr Color kContinuationColor{0.75, 0.0, 0.0};

// Keeps what ends above the mark's line and puts the mark there.
void cut_and_mark(FittedSide& side, Size box, const StyledText& continuation) {
  double mark_top = box.height - kLineHeight * side.font_size;
  std::erase_if(side.items, [&](const Item& item) { return item_bottom(item) > mark_top; });
  for (TextItem& item : one_line_items(continuation, 0, mark_top + kAscent * side.font_size, side.font_size,
                                        kContinuationColor)) {
    side.items.emplace_back(std::move(item));
  }
}

class Fitter {
 public:
  Fitter(const std::vector<PreparedBlock>& blocks, Size box, FitLimits limits)
      : blocks_(blocks), box_(box), limits_(limits) {}

  FittedSide fit() {
    FittedSide side;
    LayoutStats at_max = layout_blocks(blocks_, limits_.max_size, box_.width, nullptr);
    if (at_max.height <= box_.height && at_max.squeezed == 0) {
      side.font_size = limits_.max_size;
    } else {
      LayoutStats at_min = layout_blocks(blocks_, limits_.min_size, box_.width, nullptr);
      squeezed_at_min_ = at_min.squeezed;
      if (at_min.height > box_.height) {
        side.font_size = limits_.min_size;
        side.overflows = true;
      } else if (at_max.height <= box_.height && at_max.squeezed <= squeezed_at_min_) {
        side.font_size = limits_.max_size;
      } else {
        side.font_size = limits_.min_size + largest_fitting_step(at_max.height) * kStep;
      }
    }
    double height = layout_blocks(blocks_, side.font_size, box_.width, &side.items).height;
    if (!side.overflows && limits_.centred) {
      for (Item& item : side.items) move_item(item, 0, (box_.height - height) / 2);
    }
    return side;
  }

 private:
  bool fits(double size) const {
    LayoutStats stats = layout_blocks(blocks_, size, box_.width, nullptr);
    return stats.height <= box_.height && stats.squeezed <= squeezed_at_min_;
  }

  // The largest number of steps above the minimum at which the side fits,
  // given that it fits at the minimum and is `at_max` high at the maximum.
  // Heights grow with about the 1.6th power of the size (measured on the
  // benchmark decks: more lines, each taller, but the same gaps), so the
  // answer is guessed from `at_max`; the search gallops away from the guess
  // until it brackets the answer and bisects from there. Half the guesses
  // are right, so about half of the trial layouts of plain bisection are
  // saved; the answer is the same.
  int largest_fitting_step(double at_max) const {
    constexpr double kGrowth = 1.6;
    // Invariant: min + low * step fits, min + high * step does not.
    int low = 0;
    int high = static_cast<int>(std::ceil((limits_.max_size - limits_.min_size) / kStep));
    auto probe = [&](int step) { (fits(limits_.min_size + step * kStep) ? low : high) = step; };
    if (high - low > 1) {
      double guessed_size = limits_.max_size * std::pow(box_.height / std::max(at_max, box_.height), 1 / kGrowth);
      int guess = std::clamp(static_cast<int>(std::floor((guessed_size - limits_.min_size) / kStep)), low + 1, high - 1);
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

  const std::vector<PreparedBlock>& blocks_;
  Size box_;
  FitLimits limits_;
  int squeezed_at_min_ = 0;
};

}  // namespace

FittedSide fit_side(const std::vector<PreparedBlock>& blocks, Size box, FitLimits limits,
                    const StyledText& continuation) {
  FittedSide side = Fitter(blocks, box, limits).fit();
  if (side.overflows) cut_and_mark(side, box, continuation);
  return side;
}

}  // namespace deckpress::print
