#pragma once
// Styled spans turned into measured code points: each with the face that
// draws it, its width in em and whether a line may end after it. Done once
// per card side; auto-fit then only multiplies by the font size.
#include <string>
#include <vector>

#include "print/font_metrics.h"
#include "print/line_breaker.h"
#include "print/page_items.h"
#include "print/rich_text.h"

namespace deckpress::print {

// Characters a card cannot show as written, gathered for one warning per card.
struct GlyphProblems {
  std::u32string missing;   // no font has them: drawn as empty boxes
  std::u32string astral;    // above U+FFFF (emoji): the PDF library cannot draw them; left out
  std::u32string unshaped;  // need shaping (Arabic, Hebrew, Indic, Thai…): drawn unjoined

  bool empty() const { return missing.empty() && astral.empty() && unshaped.empty(); }
};

struct StyledText {
  std::vector<TextUnit> units;    // advances in em
  std::vector<TextStyle> styles;  // indexed by TextUnit::span
};

StyledText prepare_text(const std::vector<Span>& spans, FontMetrics& metrics, GlyphProblems& problems);

// The width in em of a prepared text on one line.
double total_advance(const StyledText& text);

// A short text drawn on one line without breaking (labels, marks): one item
// per change of face.
std::vector<TextItem> one_line_items(const StyledText& text, double x, double baseline, double size, Color color);

}  // namespace deckpress::print
