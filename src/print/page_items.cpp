#include "print/page_items.h"

#include <algorithm>

namespace deckpress::print {
namespace {

// Descenders reach about a quarter of the font size below the baseline.
constexpr double kDescent = 0.25;

}  // namespace

double item_bottom(const Item& item) {
  struct Bottom {
    double operator()(const TextItem& text) const { return text.baseline + kDescent * text.size; }
    double operator()(const LineItem& line) const { return std::max(line.y1, line.y2); }
    double operator()(const BoxItem& box) const { return box.rect.bottom(); }
    double operator()(const ImageItem& image) const { return image.rect.bottom(); }
    double operator()(const GlyphRunItem& run) const { return run.baseline + kDescent * run.size; }
    double operator()(const MathItem& math) const { return math.baseline + math.drawing->depth * 1000 * math.scale; }
  };
  return std::visit(Bottom{}, item);
}

void move_item(Item& item, double dx, double dy) {
  struct Move {
    double dx, dy;
    void operator()(TextItem& text) const {
      text.x += dx;
      text.baseline += dy;
    }
    void operator()(LineItem& line) const {
      line.x1 += dx;
      line.x2 += dx;
      line.y1 += dy;
      line.y2 += dy;
    }
    void operator()(BoxItem& box) const {
      box.rect.x += dx;
      box.rect.y += dy;
    }
    void operator()(ImageItem& image) const {
      image.rect.x += dx;
      image.rect.y += dy;
    }
    void operator()(GlyphRunItem& run) const {
      run.x += dx;
      run.baseline += dy;
    }
    void operator()(MathItem& math) const {
      math.x += dx;
      math.baseline += dy;
    }
  };
  std::visit(Move{dx, dy}, item);
}

}  // namespace deckpress::print
