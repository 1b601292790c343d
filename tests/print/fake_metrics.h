#pragma once
// Widths that are easy to count with: Latin 0.5 em, CJK 1 em (drawn by
// fallback face 8), combining marks 0, and U+2603 (snowman) in no font.
#include "print/font_metrics.h"

namespace deckpress::print::testing {

constexpr int kFallbackFace = kRoleCount;

class FakeMetrics final : public FontMetrics {
 public:
  std::optional<int> face_for(FontRole role, char32_t c) override {
    if (c == U'\u2603') return std::nullopt;
    if (c >= 0x3000) return kFallbackFace;
    return face_of(role);
  }
  double advance(int, char32_t c) override {
    if (c >= 0x0300 && c <= 0x036F) return 0;
    return c >= 0x3000 ? 1.0 : 0.5;
  }
};

}  // namespace deckpress::print::testing
