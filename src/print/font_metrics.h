#pragma once
// What the layout needs to know about fonts: which face draws a character,
// how wide it is, and how a run of text shapes into glyphs. The real answer
// comes from FreeType and HarfBuzz (fonts.h); tests pass a fake with simple
// widths.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "print/rich_text.h"

namespace deckpress::print {

// The eight styled faces; faces numbered from kRoleCount on are fallbacks.
enum class FontRole { sans, sans_bold, sans_italic, sans_bold_italic, mono, mono_bold, mono_italic, mono_bold_italic };
constexpr int kRoleCount = 8;

inline FontRole role_of(const TextStyle& style) {
  int role = (style.mono ? 4 : 0) + (style.bold ? 1 : 0) + (style.italic ? 2 : 0);
  return static_cast<FontRole>(role);
}

inline int face_of(FontRole role) { return static_cast<int>(role); }

// A character's face, as face_for gives it, and its advance in the face
// that draws it: that one, or the role's own face when no face has it.
struct GlyphChoice {
  std::optional<int> face;
  double advance = 0;
};

// One glyph of a shaped run.
struct ShapedGlyph {
  unsigned glyph = 0;
  int face = 0;
  uint32_t cluster = 0;  // the index of the first character it draws
  float advance = 0;     // em
  float x_offset = 0;    // em, from where the advances put it
  float y_offset = 0;    // em, up
};

class FontMetrics {
 public:
  virtual ~FontMetrics() = default;
  // The role's own face when it has `c`, else the first fallback face that
  // has it; nothing when no face does.
  virtual std::optional<int> face_for(FontRole role, char32_t c) = 0;
  // Advance width of `c` in `face`, in em.
  virtual double advance(int face, char32_t c) = 0;
  // Both for one character of text, the question asked for every one.
  virtual GlyphChoice choose(FontRole role, char32_t c) {
    std::optional<int> face = face_for(role, c);
    return GlyphChoice{face, advance(face.value_or(face_of(role)), c)};
  }
  // Appends the glyphs of text[begin, end), all drawn by `face` in one
  // direction, in visual order (right to left when `rtl`). The default
  // gives each character its own glyph, its code point, unshaped.
  virtual void shape(std::u32string_view text, size_t begin, size_t end, int face, bool rtl,
                     std::vector<ShapedGlyph>& glyphs);
  // Whether `face` is drawn as outlines even where its text needs no
  // shaping (a font the PDF library cannot embed or draws wrongly).
  virtual bool outlined(int /*face*/) { return false; }
};

}  // namespace deckpress::print
