#pragma once
// Outlines as the PDF draws them: moves, lines, cubic curves and closes, in
// whatever unit their owner says (font units for glyphs, thousandths of an
// em for formulas), y up.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace deckpress::print {

struct PathData {
  enum class Op : unsigned char { move, line, cubic, close };
  std::vector<Op> ops;
  std::vector<float> points;  // x, y pairs: one for move and line, three for cubic

  void move_to(float x, float y);
  void line_to(float x, float y);
  void cubic_to(float x1, float y1, float x2, float y2, float x, float y);
  // A quadratic curve from the current point, as the cubic that draws it.
  void quadratic_to(float cx, float cy, float x, float y);
  void close();
  bool empty() const { return ops.empty(); }
  bool operator==(const PathData&) const = default;

 private:
  float last_x_ = 0;
  float last_y_ = 0;
};

// SVG path data (M, L, H, V, C, Q, T, Z, absolute or relative); nothing when
// it is not path data.
std::optional<PathData> parse_svg_path(std::string_view d);

// A path as PDF content draws it: its construction operators (m, l, c, h),
// formatted once however often it is drawn, and its bounding box.
struct PdfPath {
  std::string operators;
  std::array<float, 4> box{};  // left, bottom, right, top
  bool operator==(const PdfPath&) const = default;
};
PdfPath pdf_path(const PathData& path);

// A number as PDF content writes it: at most `decimals` digits after the
// point, no trailing zeros, then a space. The same value gives the same bytes.
void append_number(std::string& out, double value, int decimals = 2);

}  // namespace deckpress::print
