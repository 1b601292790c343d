#pragma once
// A typeset formula as the sheet draws it: MathJax's SVG, flattened by
// the MathJax helper (data/mathjax/typeset.js) into outlines.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "print/path_data.h"
#include "print/units.h"

namespace deckpress::print {

// Coordinates are thousandths of an em of the formula's font, y up from
// the baseline.
struct MathShape {
  int glyph = -1;  // an entry of MathDrawing::glyphs placed by `matrix`...
  std::array<float, 6> matrix{1, 0, 0, 1, 0, 0};
  PathData path;               // ...or this outline
  float stroke = 0;            // above 0: the outline is stroked this wide, not filled
  std::optional<Color> color;  // \color; else the text's colour
  std::optional<Rect> clip;    // x, y is the lower-left corner
  bool operator==(const MathShape&) const = default;
};

// A character MathJax's fonts lack (Cyrillic in \text{}): the sheet's fonts draw it.
struct MathText {
  std::string text;
  double x = 0;
  double y = 0;
  double size = 0;
  bool bold = false;
  bool italic = false;
  std::optional<Color> color;
  bool operator==(const MathText&) const = default;
};

struct MathDrawing {
  double width = 0;  // in em
  double height = 0;
  double depth = 0;
  std::vector<PathData> glyphs;
  std::vector<MathShape> shapes;
  std::vector<MathText> texts;
  bool operator==(const MathDrawing&) const = default;
};

// One line of the helper's output: the drawing, or MathJax's message about
// TeX it cannot read. Throws std::runtime_error for a line that is not the
// helper's output at all.
std::variant<MathDrawing, std::string> parse_math_drawing(std::string_view line);

}  // namespace deckpress::print
