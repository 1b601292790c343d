// FontCatalog remembers what FreeType said per face and code point; the
// remembered answers must be the ones a fresh catalog gives.
#include <catch2/catch.hpp>

#include "print/fonts.h"

using namespace deckpress::print;

TEST_CASE("glyph facts asked twice are those of a fresh catalog") {
  const std::u32string sample = U"Aa é—€ 漢 한 \u2603\U0001F600";
  FontCatalog warm(default_font_files({}));
  for (int pass = 0; pass < 2; ++pass) {
    for (char32_t c : sample) {
      for (FontRole role : {FontRole::sans, FontRole::mono_bold}) {
        FontCatalog fresh(default_font_files({}));
        auto face = warm.face_for(role, c);
        CHECK(face == fresh.face_for(role, c));
        int drawn_by = face.value_or(face_of(role));
        CHECK(warm.advance(drawn_by, c) == fresh.advance(drawn_by, c));
      }
    }
  }
}

TEST_CASE("a Latin letter is in the role's own face and has a width") {
  FontCatalog fonts(default_font_files({}));
  CHECK(fonts.face_for(FontRole::sans_bold, U'x') == face_of(FontRole::sans_bold));
  CHECK(fonts.advance(face_of(FontRole::sans), U'x') > 0.3);
  CHECK_FALSE(fonts.face_for(FontRole::sans, U'\U0010FFFD').has_value());
}

TEST_CASE("choosing a glyph answers what face_for and advance answer") {
  FontCatalog chosen(default_font_files({}));
  FontCatalog asked(default_font_files({}));
  std::u32string sample = U"\n\t ~Aa0 é—漢\u2603";
  for (char32_t c = 0; c < 128; ++c) sample += c;
  for (int pass = 0; pass < 2; ++pass) {
    for (char32_t c : sample) {
      for (int role = 0; role < kRoleCount; ++role) {
        auto r = static_cast<FontRole>(role);
        GlyphChoice glyph = chosen.choose(r, c);
        auto face = asked.face_for(r, c);
        CHECK(glyph.face == face);
        CHECK(glyph.advance == asked.advance(face.value_or(face_of(r)), c));
      }
    }
  }
}
