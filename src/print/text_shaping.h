#pragma once
// Shaping a prepared text whose script or font needs it: bidi levels for
// the paragraph, then HarfBuzz glyphs for each run of one face and one
// direction. The units' advances become those of their clusters' glyphs.
#include <string_view>

#include "print/font_metrics.h"
#include "print/styled_text.h"

namespace deckpress::print {

// Scripts whose letters change shape or order with their neighbours, and
// characters above U+FFFF, which the PDF library cannot draw as text.
bool needs_shaping(char32_t c);

void shape_text(StyledText& text, std::u32string_view code_points, FontMetrics& metrics, Direction direction);

}  // namespace deckpress::print
