#pragma once
// Lays out one card side's blocks in a column at a given font size: the
// inner loop of auto-fit, so it can also just measure.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "print/line_layout.h"
#include "print/page_items.h"
#include "print/styled_text.h"
#include "print/table_layout.h"

namespace deckpress::print {

// Pixel sizes of the images that could be loaded, by package name.
using ImageSizes = std::map<std::string, Size>;

struct PreparedBlock {
  BlockKind kind = BlockKind::paragraph;
  int level = 0;
  int indent = 0;
  int quote = 0;
  bool tight = false;
  Align align = Align::start;
  StyledText text;    // paragraph, heading, code, list item, math
  StyledText marker;  // list item
  PreparedTable table;
  std::string image;  // image
  Size image_pixels;
  std::optional<double> image_width;  // em of the card's font
  std::optional<double> image_height;
};

// An image that is not in `images` becomes the text "[image: name]".
std::vector<PreparedBlock> prepare_blocks(const std::vector<Block>& blocks, FontMetrics& metrics,
                                          const ImageSizes& images, GlyphProblems& problems,
                                          const TypesetFormulas* math = nullptr);

// What a layout took. Words broken inside and formulas scaled down to fit
// the column are `squeezed`: auto-fit prefers a smaller size to either.
struct LayoutStats {
  double height = 0;
  int squeezed = 0;
};

// Lays out `blocks` from y = 0 in a column `width` wide at base font size
// `size`. Items are appended to `items` unless it is null (measuring only).
LayoutStats layout_blocks(const std::vector<PreparedBlock>& blocks, double size, double width,
                          std::vector<Item>* items);

}  // namespace deckpress::print
