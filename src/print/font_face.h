#pragma once
// One face of a FontCatalog: its FreeType handle, what it was asked about
// each code point, its HarfBuzz font and glyph outlines, all made on first
// use. Internal to fonts*.cpp.
#include <array>
#include <cmath>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include <ft2build.h>
#include FT_FREETYPE_H
#include <hb.h>

#include "print/fonts.h"

namespace deckpress::print {

// What a face knows about one code point, filled in on first use: asking
// FreeType for every character of every card was a tenth of the layout.
struct GlyphFacts {
  signed char present = -1;  // -1 not asked yet, else 0 or 1
  double advance = NAN;      // in em; NaN until measured
};

// GlyphFacts by code point, in pages of 256 allocated when first touched,
// so a Latin deck holds a few pages.
class GlyphTable {
 public:
  GlyphFacts& operator[](char32_t c) {
    size_t page = c >> 8;
    if (page >= pages_.size()) pages_.resize(page + 1);
    if (!pages_[page]) pages_[page] = std::make_unique<Page>();
    return (*pages_[page])[c & 0xFF];
  }

 private:
  using Page = std::array<GlyphFacts, 256>;
  std::vector<std::unique_ptr<Page>> pages_;
};

struct FontCatalog::Face {
  FT_Face handle = nullptr;  // null when the file does not open
  GlyphTable glyphs;
  hb_font_t* shaper = nullptr;  // made when first shaped with
  std::unordered_map<unsigned, PdfPath> outlines;
  signed char outlined = -1;  // -1 not decided yet

  ~Face() {
    if (shaper) hb_font_destroy(shaper);
    if (handle) FT_Done_Face(handle);
  }
  bool has(char32_t c) {
    GlyphFacts& facts = glyphs[c];
    if (facts.present < 0) facts.present = handle && FT_Get_Char_Index(handle, c) != 0;
    return facts.present != 0;
  }
};

}  // namespace deckpress::print
