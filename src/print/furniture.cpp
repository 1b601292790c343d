#include "print/furniture.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <tuple>

#include "print/styled_text.h"
#include "text/utf8.h"

namespace deckpress::print {
namespace {

constexpr double kTickLength = mm_to_pt(3);
constexpr double kTickGap = mm_to_pt(1);
constexpr double kMinTick = mm_to_pt(1);
constexpr double kNoteSize = 6;
constexpr double kEpsilon = 1e-6;
constexpr Color kGuideGray{0.5, 0.5, 0.5};
constexpr Color kFooterGray{0.45, 0.45, 0.45};

StyledText label_text(const std::string& text, FontMetrics& metrics) {
  GlyphProblems ignored;  // furniture strings come from deck names and our own wording
  return prepare_text({Span{text, TextStyle{}}}, metrics, ignored);
}

// How far one can go from (x, y) in direction (dx, dy) before reaching a
// card or the paper's edge.
double free_distance(double x, double y, int dx, int dy, const std::vector<Rect>& cells, Size page) {
  double limit = dx > 0 ? page.width - x : dx < 0 ? x : dy > 0 ? page.height - y : y;
  for (const Rect& cell : cells) {
    if (dx != 0 && y >= cell.y - kEpsilon && y <= cell.bottom() + kEpsilon) {
      if (dx > 0 && cell.x >= x - kEpsilon) limit = std::min(limit, cell.x - x);
      if (dx < 0 && cell.right() <= x + kEpsilon) limit = std::min(limit, x - cell.right());
    }
    if (dy != 0 && x >= cell.x - kEpsilon && x <= cell.right() + kEpsilon) {
      if (dy > 0 && cell.y >= y - kEpsilon) limit = std::min(limit, cell.y - y);
      if (dy < 0 && cell.bottom() <= y + kEpsilon) limit = std::min(limit, y - cell.bottom());
    }
  }
  return limit;
}

}  // namespace

Rect text_box(const Rect& cell) {
  return Rect{cell.x + kSafeMargin, cell.y + kSafeMargin, cell.width - 2 * kSafeMargin,
              cell.height - 2 * kSafeMargin - kFooterHeight};
}

std::vector<Item> cut_ticks(const std::vector<Rect>& cells, Size page) {
  std::vector<Item> ticks;
  std::set<std::tuple<long, long, long, long>> drawn;  // neighbours share corners
  auto add = [&](double x, double y, int dx, int dy) {
    double length = std::min(kTickLength, free_distance(x, y, dx, dy, cells, page) - 2 * kTickGap);
    if (length < kMinTick) return;
    LineItem tick{x + dx * kTickGap, y + dy * kTickGap, x + dx * (kTickGap + length),
                  y + dy * (kTickGap + length), 0.3, kGuideGray};
    auto key = std::make_tuple(std::lround(tick.x1 * 100), std::lround(tick.y1 * 100),
                               std::lround(tick.x2 * 100), std::lround(tick.y2 * 100));
    if (drawn.insert(key).second) ticks.push_back(tick);
  };
  for (const Rect& cell : cells) {
    for (double x : {cell.x, cell.right()}) {
      for (double y : {cell.y, cell.bottom()}) {
        add(x, y, x == cell.x ? -1 : 1, 0);
        add(x, y, 0, y == cell.y ? -1 : 1);
      }
    }
  }
  return ticks;
}

std::vector<Item> frames(const std::vector<Rect>& cells) {
  std::vector<Item> items;
  for (const Rect& cell : cells) items.push_back(BoxItem{cell, std::nullopt, kGuideGray, 0.3});
  return items;
}

std::vector<Rect> folded_cards(const Grid& grid) {
  std::vector<Rect> cards;
  for (size_t i = 0; i < grid.cards_per_page(); ++i) {
    const Rect& front = grid.fronts[i];
    const Rect& back = grid.backs[i];
    double left = std::min(front.x, back.x);
    double top = std::min(front.y, back.y);
    cards.push_back(Rect{left, top, std::max(front.right(), back.right()) - left,
                         std::max(front.bottom(), back.bottom()) - top});
  }
  return cards;
}

std::vector<Item> fold_marks(const std::vector<Rect>& cells, Size page) {
  double top = page.height;
  double bottom = 0;
  for (const Rect& cell : cells) {
    top = std::min(top, cell.y);
    bottom = std::max(bottom, cell.bottom());
  }
  std::vector<Item> marks;
  double x = page.width / 2;
  double dash = kTickLength / 5;
  for (int i = 0; i < 3; ++i) {
    double near = kTickGap + 2 * i * dash;
    if (top - near - dash >= 0) marks.push_back(LineItem{x, top - near, x, top - near - dash, 0.3, kGuideGray});
    if (bottom + near + dash <= page.height) {
      marks.push_back(LineItem{x, bottom + near, x, bottom + near + dash, 0.3, kGuideGray});
    }
  }
  return marks;
}

std::vector<Item> centred_items(const StyledText& styled, double centre_x, double baseline, double size,
                                Color color) {
  double x = centre_x - total_advance(styled) * size / 2;
  std::vector<Item> items;
  for (TextItem& item : one_line_items(styled, x, baseline, size, color)) items.push_back(std::move(item));
  return items;
}

std::vector<Item> centred_label(const std::string& text, double centre_x, double baseline, double size,
                                Color color, FontMetrics& metrics) {
  return centred_items(label_text(text, metrics), centre_x, baseline, size, color);
}

StyledText footer_text(const std::string& label, double cell_width, FontMetrics& metrics) {
  double room = cell_width - 2 * kSafeMargin;
  std::u32string code_points = text::decode_utf8(label);
  StyledText shown = label_text(label, metrics);
  while (total_advance(shown) * kFooterSize > room && !code_points.empty()) {
    code_points.pop_back();
    std::string shorter;
    for (char32_t c : code_points) text::append_utf8(shorter, c);
    shown = label_text(shorter + "…", metrics);
  }
  return shown;
}

std::vector<Item> card_footer(const StyledText& footer, const Rect& cell) {
  double baseline = cell.bottom() - kSafeMargin - 0.25 * kFooterSize;
  return centred_items(footer, cell.x + cell.width / 2, baseline, kFooterSize, kFooterGray);
}

std::vector<Item> page_notes(const std::string& top_note, const std::string& bottom_note,
                             const std::vector<Rect>& cells, Size page, FontMetrics& metrics) {
  double top = page.height;
  double bottom = 0;
  for (const Rect& cell : cells) {
    top = std::min(top, cell.y);
    bottom = std::max(bottom, cell.bottom());
  }
  std::vector<Item> items;
  auto add = [&](const std::string& text, double space_top, double space_bottom) {
    if (space_bottom - space_top < kNoteSize * 1.4) return;
    double baseline = (space_top + space_bottom) / 2 + kNoteSize / 3;
    for (Item& item : centred_label(text, page.width / 2, baseline, kNoteSize, kFooterGray, metrics)) {
      items.push_back(std::move(item));
    }
  };
  // Outside the reach of the cut ticks.
  double tick_zone = kTickGap + kTickLength;
  add(top_note, 0, top - tick_zone);
  add(bottom_note, bottom + tick_zone, page.height);
  return items;
}

}  // namespace deckpress::print
