#pragma once
// Drawing outlines with libharu's path operators: glyph runs (shaped text,
// fonts drawn as outlines) and typeset formulas.
#include <hpdf.h>

#include "print/fonts.h"
#include "print/page_items.h"

namespace deckpress::print {

// Outside a text object; `page_height` turns the sheet's top-down y into PDF's.
// The run's colour must be the fill colour (and the stroke colour when it
// is emboldened); a formula sets its own.
void draw_glyph_run(HPDF_Page page, const GlyphRunItem& run, double page_height, GlyphOutlines& outlines);
void draw_math(HPDF_Page page, const MathItem& math, double page_height);

}  // namespace deckpress::print
