// The flattened glyph lookup must find, for every BMP code point, the glyph
// libharu's own walk over the font's cmap finds.
#include <catch2/catch.hpp>

#include <filesystem>

#include <hpdf_doc.h>
#include <hpdf_fontdef.h>

#include "print/fonts.h"
#include "print/glyph_lookup.h"

using namespace deckpress::print;

namespace {

struct LoadedFont {
  HPDF_Doc doc = HPDF_New(nullptr, nullptr);
  HPDF_FontDef def = nullptr;
  explicit LoadedFont(const std::string& file, bool flatten) {
    const char* name = HPDF_LoadTTFontFromFile(doc, file.c_str(), HPDF_TRUE);
    if (flatten) flatten_glyph_lookup(doc, name);
    def = name ? HPDF_Doc_FindFontDef(doc, name) : nullptr;
  }
  ~LoadedFont() { HPDF_Free(doc); }
};

}  // namespace

// The fonts libharu draws text with (the others are drawn as outlines).
TEST_CASE("flattened glyph lookups agree with libharu's for every BMP code point") {
  int checked = 0;
  FontCatalog fonts(default_font_files({}));
  for (int face = 0; face < static_cast<int>(fonts.files().size()); ++face) {
    const std::string& file = fonts.files()[static_cast<size_t>(face)];
    if (!std::filesystem::exists(file) || fonts.outlined(face)) continue;
    INFO(file);
    LoadedFont walked(file, false);
    LoadedFont flat(file, true);
    REQUIRE(walked.def);
    REQUIRE(flat.def);
    int differences = 0;
    for (unsigned c = 0; c <= 0xFFFF; ++c) {
      auto u = static_cast<HPDF_UINT16>(c);
      differences += HPDF_TTFontDef_GetGlyphid(walked.def, u) != HPDF_TTFontDef_GetGlyphid(flat.def, u);
    }
    CHECK(differences == 0);
    CHECK(HPDF_TTFontDef_GetGlyphid(flat.def, 'A') != 0);
    ++checked;
  }
  CHECK(checked >= 8);
}

TEST_CASE("flattening twice changes nothing") {
  std::string file = default_font_files({}).front();
  LoadedFont once(file, true);
  LoadedFont twice(file, true);
  flatten_glyph_lookup(twice.doc, twice.def->base_font);
  for (unsigned c = 0; c <= 0xFFFF; c += 7) {
    auto u = static_cast<HPDF_UINT16>(c);
    CHECK(HPDF_TTFontDef_GetGlyphid(once.def, u) == HPDF_TTFontDef_GetGlyphid(twice.def, u));
  }
}
