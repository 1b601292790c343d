#pragma once
// A typeset formula as the sheet draws it: MathJax's SVG, flattened by the
// MathJax helper (data/mathjax/typeset.js) and turned into PDF content once,
// when it is typeset; drawing it is then a copy.
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

// A character MathJax's fonts lack (Cyrillic in \text{}): the sheet's fonts
// draw it. Coordinates in thousandths of an em of the formula's font.
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
  // PDF operators that draw the formula in thousandths of an em, y up from
  // the baseline, in the fill and stroke colours of the text around it
  // unless TeX set its own. Glyphs are form XObjects named after MathJax's
  // names for them: glyph_resource(name).
  std::string content;
  // MathJax's glyphs ("TEX-I-1D465"), the same in every formula: formulas
  // share them.
  std::vector<std::string> glyph_names;
  std::vector<std::shared_ptr<const PdfPath>> glyphs;
  std::vector<MathText> texts;
};

// The resource name a glyph's form has in a page ("MTEX-I-1D465").
std::string glyph_resource(std::string_view glyph_name);

// A drawing, or MathJax's message about TeX it cannot read.
using TypesetMath = std::variant<MathDrawing, std::string>;

// One line of the helper's output. Throws std::runtime_error for a line
// that is not the helper's output at all.
TypesetMath parse_math_drawing(std::string_view line);

// The cache's records (math_cache.cpp), read back without parsing JSON or
// path data, exactly as they were written: a formula's names its glyphs,
// which have records of their own. Reading throws std::runtime_error for
// bytes that are not such a record.
using GlyphLookup = std::function<std::shared_ptr<const PdfPath>(const std::string&)>;
std::string serialize_math(const TypesetMath& math);
TypesetMath deserialize_math(std::string_view bytes, const GlyphLookup& glyph);
std::string serialize_glyph(const PdfPath& path);
PdfPath deserialize_glyph(std::string_view bytes);

}  // namespace deckpress::print
