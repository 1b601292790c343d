#pragma once
// Lengths, boxes and colours of the sheet. All layout works in PDF points
// with the origin at the page's top-left corner and y growing downwards; only
// the renderer converts to PDF's bottom-up coordinates.
namespace deckpress::print {

constexpr double kPointsPerMm = 72.0 / 25.4;
constexpr double mm_to_pt(double mm) { return mm * kPointsPerMm; }

struct Size {
  double width = 0;
  double height = 0;
  bool operator==(const Size&) const = default;
};

struct Rect {
  double x = 0;
  double y = 0;
  double width = 0;
  double height = 0;

  double right() const { return x + width; }
  double bottom() const { return y + height; }
  bool operator==(const Rect&) const = default;
};

struct Color {
  double r = 0;
  double g = 0;
  double b = 0;
  bool operator==(const Color&) const = default;
};

constexpr Color kBlack{0, 0, 0};

}  // namespace deckpress::print
