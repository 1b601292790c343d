#pragma once
// Lays out one card side's blocks in a column at a given font size: the
// inner loop of auto-fit, so it can also just measure.
#include <map>
#include <string>
#include <vector>

#include "print/page_items.h"
#include "print/styled_text.h"

namespace deckpress::print {

// Pixel sizes of the images that could be loaded, by package name.
using ImageSizes = std::map<std::string, Size>;

struct PreparedBlock {
  BlockKind kind = BlockKind::paragraph;
  int level = 0;
  int indent = 0;
  StyledText text;                // paragraph, heading, code, list item
  StyledText marker;              // list item
  std::vector<StyledText> cells;  // table row
  std::string image;              // image
  Size image_pixels;
};

// An image that is not in `images` becomes the text "[image: name]".
std::vector<PreparedBlock> prepare_blocks(const std::vector<Block>& blocks, FontMetrics& metrics,
                                          const ImageSizes& images, GlyphProblems& problems);

// Lays out `blocks` from y = 0 in a column `width` wide at base font size
// `size` and returns the height used. Items are appended to `items` unless
// it is null (measuring only).
double layout_blocks(const std::vector<PreparedBlock>& blocks, double size, double width,
                     std::vector<Item>* items);

// Line height and baseline position as multiples of the font size.
constexpr double kLineHeight = 1.25;
constexpr double kAscent = 0.95;

}  // namespace deckpress::print
