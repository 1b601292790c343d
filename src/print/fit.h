#pragma once
// Auto-fit: the largest font size at which a card side fits its box.
#include <vector>

#include "print/block_layout.h"

namespace deckpress::print {

struct FittedSide {
  std::vector<Item> items;  // relative to the box's top-left corner
  double font_size = 0;
  bool overflows = false;  // cut at the minimum size and marked
  int trials = 0;  // layouts measured to choose the size: the search's cost
};

struct FitLimits {
  double max_size = 14;
  double min_size = 7;
  bool centred = true;  // a side that fits sits in the middle of its box (a card), else at its top (a list row)
};

// Sizes are tried in quarter points. A size fits when the side's height
// fits the box and it breaks no more words (and scales down no more
// formulas) than the minimum size must: shrinking comes before breaking a
// word. A side that fits is centred in the box, unless the limits say
// otherwise. What still does not fit at
// the minimum is cut at a line boundary and `continuation` (a prepared
// one-line mark) is drawn at the bottom of the box instead.
FittedSide fit_side(const std::vector<PreparedBlock>& blocks, Size box, FitLimits limits,
                    const StyledText& continuation);

}  // namespace deckpress::print
