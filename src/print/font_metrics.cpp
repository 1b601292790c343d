#include "print/font_metrics.h"

#include <algorithm>

namespace deckpress::print {

void FontMetrics::shape(std::u32string_view text, size_t begin, size_t end, int face, bool rtl,
                        std::vector<ShapedGlyph>& glyphs) {
  size_t first = glyphs.size();
  for (size_t i = begin; i < end; ++i) {
    glyphs.push_back(ShapedGlyph{static_cast<unsigned>(text[i]), face, static_cast<uint32_t>(i),
                                 static_cast<float>(advance(face, text[i])), 0, 0});
  }
  if (rtl) std::reverse(glyphs.begin() + static_cast<long>(first), glyphs.end());
}

}  // namespace deckpress::print
