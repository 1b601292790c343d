#include "print/calibration.h"

#include "print/furniture.h"

namespace deckpress::print {
namespace {

constexpr double kArm = mm_to_pt(6);
constexpr double kLabelSize = 12;

void add(std::vector<Item>& to, std::vector<Item> items) { append_items(to, std::move(items)); }

// A cross through the cell's centre; on fronts with a millimetre ruler on
// each arm to read the back's shift against.
std::vector<Item> cross(const Rect& cell, bool ruler) {
  double cx = cell.x + cell.width / 2;
  double cy = cell.y + cell.height / 2;
  std::vector<Item> items{LineItem{cx - kArm, cy, cx + kArm, cy, 0.3, kBlack},
                          LineItem{cx, cy - kArm, cx, cy + kArm, 0.3, kBlack}};
  if (!ruler) return items;
  for (int step = -5; step <= 5; ++step) {
    if (step == 0) continue;
    double offset = mm_to_pt(step);
    double tick = mm_to_pt(step % 5 == 0 ? 1.5 : 0.8);
    items.push_back(LineItem{cx + offset, cy - tick, cx + offset, cy + tick, 0.2, kBlack});
    items.push_back(LineItem{cx - tick, cy + offset, cx + tick, cy + offset, 0.2, kBlack});
  }
  return items;
}

std::vector<Item> cells_with_labels(const std::vector<Rect>& cells, const char* side, FontMetrics& metrics) {
  std::vector<Item> items = frames(cells);
  for (size_t i = 0; i < cells.size(); ++i) {
    const Rect& cell = cells[i];
    add(items, cross(cell, std::string_view(side) == "front"));
    std::string label = std::to_string(i + 1) + " " + side;
    add(items, centred_label(label, cell.x + cell.width / 2, cell.y + kSafeMargin + kLabelSize, kLabelSize,
                             kBlack, metrics));
  }
  return items;
}

SheetPage page_of(std::vector<Item> items, const std::vector<Rect>& cells, const Rect& printable,
                  FontMetrics& metrics) {
  SheetPage page{std::move(items), {}};
  add_page_texts(page,
                 {"Calibration: print at 100 % (actual size) with your usual settings; hold the sheet against a light",
                  "Seen from the back: if a back cross sits X mm right of and Y mm below its front cross, "
                  "add \"-X,-Y\" to back-offset"},
                 cells, printable, metrics);
  return page;
}

}  // namespace

SheetLayout layout_calibration(const SheetConfig& config, FontMetrics& metrics) {
  const Grid& grid = config.grid;
  std::vector<Rect> fronts = rects_of(grid.fronts);
  std::vector<Rect> backs = rects_of(grid.backs);
  SheetLayout sheet;
  sheet.page = grid.page;
  if (grid.hinge != Hinge::none) {
    std::vector<Item> items = cells_with_labels(fronts, "front", metrics);
    add(items, cells_with_labels(backs, "back", metrics));
    add(items, fold_marks(grid));
    sheet.pages.push_back(page_of(std::move(items), folded_cards(grid), grid.printable, metrics));
  } else {
    sheet.pages.push_back(page_of(cells_with_labels(fronts, "front", metrics), fronts, grid.printable, metrics));
    sheet.pages.push_back(page_of(cells_with_labels(backs, "back", metrics), backs,
                                  grid.back_printable(config.geometry), metrics));
  }
  return sheet;
}

}  // namespace deckpress::print
