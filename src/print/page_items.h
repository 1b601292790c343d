#pragma once
// What a page holds once laid out: plain drawing instructions in points
// (top-left origin) that the renderer turns into PDF operators one by one.
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "print/units.h"

namespace deckpress::print {

struct TextItem {
  double x = 0;
  double baseline = 0;
  std::string text;  // UTF-8, all of it drawable by `face`
  int face = 0;      // index into the sheet's font files
  double size = 0;
  Color color = kBlack;
  bool operator==(const TextItem&) const = default;
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

using Item = std::variant<TextItem, LineItem, BoxItem, ImageItem>;

// The lowest point an item reaches, for cutting off what does not fit.
double item_bottom(const Item& item);
void move_item(Item& item, double dx, double dy);

}  // namespace deckpress::print
