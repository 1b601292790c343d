#pragma once
// libharu 2.3.0 finds a character's glyph by walking the segments of the
// font's cmap one after the other, and when it adds a font to the document
// it asks that for every one of the 65,536 BMP code points: about 45 M
// instructions per font, half the time of a small deck's sheet. This turns
// the cmap libharu parsed (not the one it embeds, which it copies from the
// file) into a single segment backed by a table, so each lookup takes one
// step and gives the glyph the walk would have found. It reaches into
// libharu's font records, which Debian's libhpdf-dev 2.3.0 installs.
#include <hpdf.h>

namespace deckpress::print {

// For a font loaded with HPDF_LoadTTFontFromFile, before HPDF_GetFont.
// Leaves fonts whose cmap is not the usual sorted format 4 alone.
void flatten_glyph_lookup(HPDF_Doc doc, const char* font_name);

}  // namespace deckpress::print
