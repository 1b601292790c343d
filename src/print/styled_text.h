#pragma once
// Styled spans turned into measured code points: each with the face that
// draws it, its width in em and whether a line may end after it. Done once
// per card side; auto-fit then only multiplies by the font size. Text that
// needs shaping (complex and right-to-left scripts, fonts drawn as
// outlines) is shaped here too, whole, and keeps its glyphs.
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "print/bidi.h"
#include "print/font_metrics.h"
#include "print/line_breaker.h"
#include "print/math_drawing.h"
#include "print/page_items.h"
#include "print/rich_text.h"

namespace deckpress::print {

// Characters a card cannot show as written, and formulas MathJax could
// not read, gathered for one warning each per card.
struct GlyphProblems {
  std::u32string missing;           // no font has them: drawn as empty boxes
  std::vector<std::string> math;    // "\(tex\): MathJax's message"

  bool empty() const { return missing.empty() && math.empty(); }
};

// The formulas of a sheet once typeset; a formula missing here prints as
// its TeX source.
struct TypesetFormula {
  std::shared_ptr<const MathDrawing> drawing;  // null when MathJax could not read it
  std::string error;                           // MathJax's message then
};
using TypesetFormulas = std::map<Formula, TypesetFormula>;

struct StyledText;

// A piece of a line drawn as a whole: a formula, or ruby (a base with its
// reading above). Sizes in em of the block's font size.
struct InlineObject {
  double width = 0;
  double ascent = 0;
  double descent = 0;
  std::shared_ptr<const MathDrawing> math;
  double math_scale = 0;  // em of the formula's font per em of the block's
  struct Text {           // a character MathJax's fonts lack, in em of the formula
    double x = 0, y = 0, size = 0;
    std::shared_ptr<const StyledText> text;
  };
  std::vector<Text> math_texts;
  std::shared_ptr<const StyledText> base;  // ruby
  std::shared_ptr<const StyledText> reading;
  double reading_scale = 0;
};

struct StyledText {
  std::vector<TextUnit> units;    // advances in em
  std::vector<TextStyle> styles;  // indexed by TextUnit::span
  std::vector<InlineObject> objects;  // indexed by TextUnit::object
  bool plain = true;  // every unit at the block's size on its baseline, no objects
  // Shaped text: the paragraph's bidi levels and its glyphs; a unit that
  // starts a cluster owns glyphs[cluster.first, cluster.second).
  bool shaped = false;
  BidiLevels bidi;
  std::vector<ShapedGlyph> glyphs;
  std::vector<std::pair<uint32_t, uint32_t>> clusters;  // per unit
  std::vector<float> plain_advances;  // per unit: its width in its role's own face, for the text laid under glyphs
  std::vector<bool> as_glyphs;        // per unit: drawn as glyph outlines, not as the PDF library's text
};

// Math spans are looked up in `math`; when it is null, or the formula is
// missing or failed, the TeX prints as source in monospace.
StyledText prepare_text(const std::vector<Span>& spans, FontMetrics& metrics, GlyphProblems& problems,
                        Direction direction = Direction::automatic, const TypesetFormulas* math = nullptr);

// The width in em of a prepared text on one line.
double total_advance(const StyledText& text);

// A short text drawn on one line without breaking (labels, marks): one item
// per change of face.
std::vector<TextItem> one_line_items(const StyledText& text, double x, double baseline, double size, Color color);

// MathJax's em is this many of the text's em: Anki's MathJax matches the x-height
// of the text around a formula, 0.519 em in Liberation Sans, 0.442 em in MathJax's TeX fonts.
constexpr double kMathScale = 0.519 / 0.442;

}  // namespace deckpress::print
