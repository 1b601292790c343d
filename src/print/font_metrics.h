#pragma once
// What the layout needs to know about fonts: which face draws a character
// and how wide it is. The real answer comes from FreeType (fonts.h); tests
// pass a fake with simple widths.
#include <optional>

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
};

}  // namespace deckpress::print
