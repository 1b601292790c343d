#include "print/fit.h"

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

}  // namespace

FittedSide fit_side(const std::vector<PreparedBlock>& blocks, Size box, FitLimits limits,
                    const StyledText& continuation) {
  FittedSide side;
  if (fits(blocks, box, limits.max_size)) {
    side.font_size = limits.max_size;
  } else if (!fits(blocks, box, limits.min_size)) {
    side.font_size = limits.min_size;
    side.overflows = true;
  } else {
    // Invariant: min + low * step fits, min + high * step does not.
    int low = 0;
    int high = static_cast<int>(std::ceil((limits.max_size - limits.min_size) / kStep));
    while (high - low > 1) {
      int middle = (low + high) / 2;
      (fits(blocks, box, limits.min_size + middle * kStep) ? low : high) = middle;
    }
    side.font_size = limits.min_size + low * kStep;
  }
  layout_blocks(blocks, side.font_size, box.width, &side.items);
  if (side.overflows) cut_and_mark(side, box, continuation);
  return side;
}

}  // namespace deckpress::print
