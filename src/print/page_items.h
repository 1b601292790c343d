#pragma once
// What a page holds once laid out: plain drawing instructions in points
// (top-left origin) that the renderer turns into PDF operators one by one.
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "print/math_drawing.h"
#include "print/units.h"

namespace deckpress::print {

struct TextItem {
  double x = 0;
  double baseline = 0;
  std::string text;  // UTF-8, all of it drawable by `face`
  int face = 0;      // index into the sheet's font files
  double size = 0;
  Color color = kBlack;
  // The text under glyphs drawn as outlines: unseen, but what copying and
  // searching find. In visual order, stretched over the glyphs' width.
  bool invisible = false;
  double stretch = 1;
  double skew = 0;      // synthetic italic (a face without one): sideways per unit up
  double embolden = 0;  // synthetic bold: the outline stroked this wide, pt
  bool operator==(const TextItem&) const = default;
};

struct PlacedGlyph {
  unsigned glyph = 0;  // in the run's face
  float x = 0;         // pt from the run's origin
  float y = 0;         // pt, down
  bool operator==(const PlacedGlyph&) const = default;
};

// Glyphs drawn as their outlines: shaped text, and fonts the PDF library
// cannot draw.
struct GlyphRunItem {
  double x = 0;
  double baseline = 0;
  int face = 0;
  double size = 0;
  Color color = kBlack;
  std::vector<PlacedGlyph> glyphs;
  double skew = 0;
  double embolden = 0;
  bool operator==(const GlyphRunItem&) const = default;
};

// A typeset formula, its baseline at (x, baseline).
struct MathItem {
  double x = 0;
  double baseline = 0;
  double scale = 0;  // pt per unit of the drawing (a thousandth of the formula's em)
  Color color = kBlack;
  std::shared_ptr<const MathDrawing> drawing;
  bool operator==(const MathItem&) const = default;
};

struct LineItem {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  double width = 0.5;
  Color color = kBlack;
  bool operator==(const LineItem&) const = default;
};

struct BoxItem {
  Rect rect;
  std::optional<Color> fill;
  std::optional<Color> stroke;
  double line_width = 0.5;
  bool operator==(const BoxItem&) const = default;
};

struct ImageItem {
  Rect rect;
  std::string name;  // key of SheetInput::images
  bool operator==(const ImageItem&) const = default;
};

using Item = std::variant<TextItem, LineItem, BoxItem, ImageItem, GlyphRunItem, MathItem>;

// The lowest point an item reaches, for cutting off what does not fit.
double item_bottom(const Item& item);
void move_item(Item& item, double dx, double dy);

}  // namespace deckpress::print
