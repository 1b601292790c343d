#include "print/furniture.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <optional>
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
constexpr double kMinNoteSize = 4.5;
constexpr double kNoteClearance = mm_to_pt(1);
constexpr double kEpsilon = 1e-6;
constexpr Color kGuideGray{0.5, 0.5, 0.5};
constexpr Color kFooterGray{0.45, 0.45, 0.45};

StyledText label_text(const std::string& text, FontMetrics& metrics) {
  GlyphProblems ignored;  // furniture strings come from deck names and our own wording
  return prepare_text({Span{text, TextStyle{}}}, metrics, ignored);
}

Rect bounds(const std::vector<Rect>& cells) {
  double left = std::numeric_limits<double>::max(), top = left;
  double right = std::numeric_limits<double>::lowest(), bottom = right;
  for (const Rect& cell : cells) {
    left = std::min(left, cell.x);
    top = std::min(top, cell.y);
    right = std::max(right, cell.right());
    bottom = std::max(bottom, cell.bottom());
  }
  return Rect{left, top, right - left, bottom - top};
}

// A line that continues an edge of the cards outwards from `from` in
// direction (dx, dy): from a gap away, at most `length` long, stopping a
// gap before any card and at the printable edge. Nothing when it would be
// too short to see.
std::optional<LineItem> outward_line(Point from, int dx, int dy, double length, const std::vector<Rect>& cells,
                                     const Rect& printable) {
  double to_edge = dx > 0   ? printable.right() - from.x
                   : dx < 0 ? from.x - printable.x
                   : dy > 0 ? printable.bottom() - from.y
                            : from.y - printable.y;
  double to_card = std::numeric_limits<double>::max();
  for (const Rect& cell : cells) {
    bool level = dx != 0 ? from.y >= cell.y - kEpsilon && from.y <= cell.bottom() + kEpsilon
                         : from.x >= cell.x - kEpsilon && from.x <= cell.right() + kEpsilon;
    if (!level) continue;
    double ahead = dx > 0   ? cell.x - from.x
                   : dx < 0 ? from.x - cell.right()
                   : dy > 0 ? cell.y - from.y
                            : from.y - cell.bottom();
    if (ahead >= -kEpsilon) to_card = std::min(to_card, ahead);
  }
  double room = std::min({length, to_card - 2 * kTickGap, to_edge - kTickGap});
  if (room < kMinTick) return std::nullopt;
  // A cut line on the printable edge gets its tick just inside it: the
  // tick's width must not spill out.
  double half = kCutMarkWidth / 2;
  if (dx == 0) from.x = std::clamp(from.x, printable.x + half, printable.right() - half);
  if (dy == 0) from.y = std::clamp(from.y, printable.y + half, printable.bottom() - half);
  return LineItem{from.x + dx * kTickGap, from.y + dy * kTickGap, from.x + dx * (kTickGap + room),
                  from.y + dy * (kTickGap + room), kCutMarkWidth, kBlack};
}

// Three dashes along `line`, starting at its near end.
std::vector<Item> dashes(const LineItem& line) {
  double dx = line.x2 - line.x1, dy = line.y2 - line.y1;
  double length = std::hypot(dx, dy);
  double dash = kTickLength / 5;
  std::vector<Item> items;
  for (double at = 0; at + dash <= length + kEpsilon && items.size() < 3; at += 2 * dash) {
    double from = at / length, to = (at + dash) / length;
    items.push_back(LineItem{line.x1 + dx * from, line.y1 + dy * from, line.x1 + dx * to, line.y1 + dy * to,
                             kCutMarkWidth, kGuideGray});
  }
  return items;
}

// A strip between the cards and the printable edge where a text can go:
// `band` on the page, read along it as a card turned `turns` quarters.
struct Strip {
  Cell band;
  double length = 0;  // along the reading direction
};

// The strips with room for a text, in the order top, bottom, left, right.
std::vector<std::optional<Strip>> strips_around(const Rect& block, const Rect& p) {
  double band = kFurnitureBand;
  auto strip = [&](double room, Rect rect, int turns) -> std::optional<Strip> {
    if (room < band - kEpsilon) return std::nullopt;
    return Strip{Cell{rect, turns}, turns == 0 ? rect.width : rect.height};
  };
  return {strip(block.y - p.y, Rect{p.x, p.y, p.width, band}, 0),
          strip(p.bottom() - block.bottom(), Rect{p.x, p.bottom() - band, p.width, band}, 0),
          strip(block.x - p.x, Rect{p.x, p.y, band, p.height}, 1),
          strip(p.right() - block.right(), Rect{p.right() - band, p.y, band, p.height}, 3)};
}

// The part of the strip's length a line's box covers, if it enters the strip.
std::optional<std::pair<double, double>> shadow(const Strip& strip, const LineItem& line) {
  const Rect& b = strip.band.rect;
  double w = line.width / 2 + kNoteClearance;
  double left = std::min(line.x1, line.x2) - w, right = std::max(line.x1, line.x2) + w;
  double top = std::min(line.y1, line.y2) - w, bottom = std::max(line.y1, line.y2) + w;
  if (right <= b.x || left >= b.right() || bottom <= b.y || top >= b.bottom()) return std::nullopt;
  switch (strip.band.turns) {
    case 1:
      return std::pair{b.bottom() - bottom, b.bottom() - top};
    case 3:
      return std::pair{top - b.y, bottom - b.y};
    default:
      return std::pair{left - b.x, right - b.x};
  }
}

// The longest stretch of the strip that no line on the page crosses.
std::pair<double, double> widest_gap(const Strip& strip, const std::vector<Item>& items) {
  std::vector<std::pair<double, double>> blocked;
  for (const Item& item : items) {
    if (const auto* line = std::get_if<LineItem>(&item)) {
      if (auto covered = shadow(strip, *line)) blocked.push_back(*covered);
    }
  }
  std::sort(blocked.begin(), blocked.end());
  std::pair<double, double> best{0, 0};
  double start = 0;
  for (const auto& [from, to] : blocked) {
    if (from - start > best.second - best.first) best = {start, from};
    start = std::max(start, to);
  }
  if (strip.length - start > best.second - best.first) best = {start, strip.length};
  return best;
}

// The text, shortened with "…" to the longest start that is at most `room`
// em wide. The start is found by halving: each try lays the text out again,
// and a deck's name may be thousands of characters long.
StyledText shortened(const std::string& text, double room, FontMetrics& metrics) {
  StyledText whole = label_text(text, metrics);
  if (total_advance(whole) <= room) return whole;
  std::u32string code_points = text::decode_utf8(text);
  auto start_of = [&](size_t count) {
    std::string start;
    for (size_t i = 0; i < count; ++i) text::append_utf8(start, code_points[i]);
    return label_text(start + "…", metrics);
  };
  size_t fits = 0, too_long = code_points.size();  // "…" alone is the last resort
  while (too_long - fits > 1) {
    size_t middle = fits + (too_long - fits) / 2;
    if (total_advance(start_of(middle)) <= room) {
      fits = middle;
    } else {
      too_long = middle;
    }
  }
  return start_of(fits);
}

// The text at the largest size from kNoteSize down to kMinNoteSize that
// fits `room`, shortened if even that is too wide.
std::pair<StyledText, double> fitted_note(const std::string& text, double room, FontMetrics& metrics) {
  double width = total_advance(label_text(text, metrics));
  double size = std::clamp(room / std::max(width, kEpsilon), kMinNoteSize, kNoteSize);
  return {shortened(text, room / size, metrics), size};
}

void place_text(SheetPage& page, const std::string& text, const Strip& strip, FontMetrics& metrics) {
  auto [start, end] = widest_gap(strip, page.items);
  auto [styled, size] = fitted_note(text, end - start, metrics);
  double x = start + (end - start - total_advance(styled) * size) / 2;
  double baseline = kFurnitureBand / 2 + size / 3;
  std::vector<Item> items;
  for (TextItem& item : one_line_items(styled, x, baseline, size, kFooterGray)) items.push_back(std::move(item));
  if (strip.band.turns == 0) {
    for (Item& item : items) move_item(item, strip.band.rect.x, strip.band.rect.y);
    append_items(page.items, std::move(items));
  } else {
    page.groups.push_back(ItemGroup{cell_transform(strip.band), std::move(items)});
  }
}

}  // namespace

Rect text_box(const Rect& cell) {
  return Rect{cell.x + kSafeMargin, cell.y + kSafeMargin, cell.width - 2 * kSafeMargin,
              cell.height - 2 * kSafeMargin - kFooterHeight};
}

std::vector<Item> cut_ticks(const std::vector<Rect>& cells, const Rect& printable) {
  std::vector<Item> ticks;
  std::set<std::tuple<long, long, long, long>> drawn;  // neighbours share corners
  for (const Rect& cell : cells) {
    for (double x : {cell.x, cell.right()}) {
      for (double y : {cell.y, cell.bottom()}) {
        for (auto [dx, dy] : {std::pair{x == cell.x ? -1 : 1, 0}, std::pair{0, y == cell.y ? -1 : 1}}) {
          auto tick = outward_line(Point{x, y}, dx, dy, kTickLength, cells, printable);
          if (!tick) continue;
          auto key = std::make_tuple(std::lround(tick->x1 * 100), std::lround(tick->y1 * 100),
                                     std::lround(tick->x2 * 100), std::lround(tick->y2 * 100));
          if (drawn.insert(key).second) ticks.push_back(*tick);
        }
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
  for (size_t i = 0; i < grid.cards_per_page(); ++i) cards.push_back(bounds({grid.fronts[i].rect, grid.backs[i].rect}));
  return cards;
}

std::vector<Item> fold_marks(const Grid& grid) {
  std::vector<Rect> pieces = folded_cards(grid);
  std::vector<Item> marks;
  for (size_t i = 0; i < grid.cards_per_page(); ++i) {
    const Rect& front = grid.fronts[i].rect;
    bool vertical = grid.hinge == Hinge::vertical;
    Point start = vertical ? Point{front.right(), front.y} : Point{front.x, front.bottom()};
    Point end{front.right(), front.bottom()};
    for (auto [from, dx, dy] : {std::tuple{start, vertical ? 0 : -1, vertical ? -1 : 0},
                                std::tuple{end, vertical ? 0 : 1, vertical ? 1 : 0}}) {
      if (auto line = outward_line(from, dx, dy, kTickLength, pieces, grid.printable)) {
        append_items(marks, dashes(*line));
      }
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
  return shortened(label, (cell_width - 2 * kSafeMargin) / kFooterSize, metrics);
}

std::vector<Item> card_footer(const StyledText& footer, const Rect& cell) {
  double baseline = cell.bottom() - kSafeMargin - 0.25 * kFooterSize;
  return centred_items(footer, cell.x + cell.width / 2, baseline, kFooterSize, kFooterGray);
}

std::string printing_note(Sides sides) {
  static constexpr std::array<std::pair<Sides, const char*>, 7> kHow{{
      {Sides::duplex_long, "two-sided, flip on long edge"},
      {Sides::duplex_short, "two-sided, flip on short edge"},
      {Sides::fronts_then_backs, "print the fronts, turn the stack over on its long edge, then print the backs"},
      {Sides::fronts_only, "these are the fronts; print the backs on their other side, turned over on the long edge"},
      {Sides::backs_only,
       "these are the backs; print them on the other side of the fronts, turned over on the long edge"},
      {Sides::fold, "one-sided; cut out each pair, fold it on the dashes between front and back"},
      {Sides::list, "one-sided"},
  }};
  std::string note = "Print at 100 % (actual size)";
  for (const auto& [mode, how] : kHow) {
    if (mode == sides) note += std::string(", ") + how;
  }
  return note;
}

std::string page_label(int page, int total, const std::string& side, const std::string& holdings) {
  std::string label = "page " + std::to_string(page) + " of " + std::to_string(total);
  for (const std::string* part : {&side, &holdings}) {
    if (!part->empty()) label += " · " + *part;
  }
  return label;
}

void add_page_texts(SheetPage& page, const PageTexts& texts, const std::vector<Rect>& cells, const Rect& printable,
                    FontMetrics& metrics) {
  Rect block = cells.empty() ? Rect{printable.x, printable.y + kFurnitureBand, printable.width,
                                    printable.height - 2 * kFurnitureBand}
                             : bounds(cells);
  auto strips = strips_around(block, printable);
  // Top and bottom first, then left and right; both texts share a strip
  // when only one has room (a back page shifted by its offset).
  std::optional<Strip> note_strip = strips[0] ? strips[0] : strips[2] ? strips[2] : strips[1] ? strips[1] : strips[3];
  std::optional<Strip> label_strip = strips[1] ? strips[1] : strips[3] ? strips[3] : std::nullopt;
  if (note_strip && label_strip && note_strip->band == label_strip->band) label_strip.reset();
  if (!note_strip) return;
  if (!label_strip) {
    place_text(page, texts.note + " · " + texts.label, *note_strip, metrics);
    return;
  }
  place_text(page, texts.note, *note_strip, metrics);
  place_text(page, texts.label, *label_strip, metrics);
}

}  // namespace deckpress::print
