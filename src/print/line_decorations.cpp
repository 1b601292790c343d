#include "print/line_decorations.h"

#include <cmath>

#include "print/styled_text.h"

namespace deckpress::print {
namespace {

constexpr double kUnderlineDrop = 0.12;  // of the size, below the baseline
constexpr double kStrikeRise = 0.3;      // above it
constexpr double kLineWidth = 1.0 / 15;  // of the size
constexpr Color kMarkGray{0.55, 0.55, 0.55};

}  // namespace

void Decorations::join(std::vector<Stroke>& strokes, Stroke stroke) {
  if (!strokes.empty()) {
    Stroke& last = strokes.back();
    if (std::abs(last.x2 - stroke.x1) < 1e-6 && last.y == stroke.y && last.width == stroke.width &&
        last.color == stroke.color) {
      last.x2 = stroke.x2;
      return;
    }
  }
  strokes.push_back(stroke);
}

void Decorations::add(const TextStyle& style, double x1, double x2, double baseline, double size) {
  if (x2 <= x1) return;
  if (style.background) {
    join(backgrounds_, Stroke{x1, x2, baseline - kAscent * size, kLineHeight * size, *style.background});
  }
  if (style.underline) join(lines_, Stroke{x1, x2, baseline + kUnderlineDrop * size, size * kLineWidth, style.color});
  if (style.strike) join(lines_, Stroke{x1, x2, baseline - kStrikeRise * size, size * kLineWidth, style.color});
}

void Decorations::finish() {
  std::vector<Item> under;
  for (const Stroke& box : backgrounds_) {
    under.emplace_back(BoxItem{Rect{box.x1, box.y, box.x2 - box.x1, box.width}, box.color, std::nullopt});
  }
  items_.insert(items_.begin() + static_cast<long>(first_), under.begin(), under.end());
  for (const Stroke& line : lines_) items_.push_back(LineItem{line.x1, line.y, line.x2, line.y, line.width, line.color});
}

void hyphen_mark(const StyledText& text, const LineRange& line, const LinePlacement& at, double x,
                 std::vector<Item>& items) {
  if (line.end == line.begin) return;
  const TextStyle& style = text.styles[text.units[line.end - 1].span];
  double size = at.size * style.scale;
  items.emplace_back(TextItem{x, at.baseline - style.rise * at.size, "-", face_of(role_of(style)), size, style.color});
}

void continuation_mark(const LinePlacement& at, double x, std::vector<Item>& items) {
  double size = at.size;
  double right = x - 0.15 * size;
  double left = right - 0.7 * size;
  double y = at.baseline - 0.3 * size;
  double head = 0.18 * size;
  double width = size / 18;
  items.emplace_back(LineItem{left, y - 0.35 * size, left, y, width, kMarkGray});
  items.emplace_back(LineItem{left, y, right, y, width, kMarkGray});
  items.emplace_back(LineItem{right - head, y - head, right, y, width, kMarkGray});
  items.emplace_back(LineItem{right - head, y + head, right, y, width, kMarkGray});
}

}  // namespace deckpress::print
