#pragma once
// A typeset formula as the sheet draws it: MathJax's SVG, flattened by
// the MathJax helper (data/mathjax/typeset.js) into outlines.
#include <array>
#include <functional>
#include <memory>
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
  std::string path;            // ...or this outline, as PDF path operators
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
  // MathJax's glyphs by its names for them ("TEX-I-1D465"), the same in
  // every formula: formulas share them.
  std::vector<std::shared_ptr<const PdfPath>> glyphs;
  std::vector<std::string> glyph_names;
  std::vector<MathShape> shapes;
  std::vector<MathText> texts;
  bool operator==(const MathDrawing&) const = default;
};

// A drawing, or MathJax's message about TeX it cannot read.
using TypesetMath = std::variant<MathDrawing, std::string>;

// One line of the helper's output. Throws std::runtime_error for a line
// that is not the helper's output at all.
TypesetMath parse_math_drawing(std::string_view line);

// The cache's records (math_cache.cpp), read back without parsing JSON or
// path data, exactly as they were written: a formula's names its glyphs,
// which have records of their own. Reading throws std::runtime_error for
// bytes that are not such a record.
std::string serialize_math(const TypesetMath& math);
TypesetMath deserialize_math(std::string_view bytes,
                             const std::function<std::shared_ptr<const PdfPath>(const std::string&)>& glyph);
std::string serialize_glyph(const PdfPath& path);
PdfPath deserialize_glyph(std::string_view bytes);

}  // namespace deckpress::print
