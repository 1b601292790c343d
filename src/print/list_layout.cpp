#include "print/list_layout.h"

#include <algorithm>

#include "print/furniture.h"
#include "print/laid_out_cards.h"

namespace deckpress::print {
namespace {

constexpr double kRowPadding = mm_to_pt(2);
constexpr double kColumnGap = mm_to_pt(6);
constexpr Color kRuleGray{0.6, 0.6, 0.6};

// The printable area less a band for the note above and the label below.
Rect row_area(const Grid& page) {
  const Rect& p = page.printable;
  return Rect{p.x, p.y + kFurnitureBand, p.width, p.height - 2 * kFurnitureBand};
}

double column_width(const Rect& area) { return (area.width - kColumnGap) / 2; }

// Each side is laid out as if on a card whose text box is one column wide
// and as tall as a page's rows may be.
SheetConfig column_config(const SheetConfig& config, const Rect& area) {
  SheetConfig column = config;
  column.max_font_size = std::min(config.max_font_size, kListFontSize);
  column.min_font_size = std::min(config.min_font_size, column.max_font_size);
  column.grid.card = Size{column_width(area) + 2 * kSafeMargin,
                          area.height - 2 * kRowPadding + 2 * kSafeMargin + kFooterHeight};
  return column;
}

double height_of(const FittedSide& side) {
  double bottom = 0;
  for (const Item& item : side.items) bottom = std::max(bottom, item_bottom(item));
  return bottom;
}

// The cards of each page, in order.
std::vector<std::vector<size_t>> paginate(LaidOutCards& cards, const Rect& area) {
  std::vector<std::vector<size_t>> pages(1);
  double y = 0;
  for (size_t i = 0; i < cards.size(); ++i) {
    double height = std::max(height_of(cards[i].front), height_of(cards[i].back)) + 2 * kRowPadding;
    if (y + height > area.height && !pages.back().empty()) {
      pages.emplace_back();
      y = 0;
    }
    pages.back().push_back(i);
    y += height;
  }
  return pages;
}

void place_side(SheetPage& page, const FittedSide& side, double x, double y) {
  for (Item item : side.items) {
    move_item(item, x, y);
    page.items.push_back(std::move(item));
  }
}

SheetPage list_page(LaidOutCards& cards, const std::vector<size_t>& rows, const Rect& area) {
  SheetPage page;
  double y = area.y;
  double answer_x = area.x + column_width(area) + kColumnGap;
  for (size_t row = 0; row < rows.size(); ++row) {
    const LaidOutCard& card = cards[rows[row]];
    if (row > 0) page.items.push_back(LineItem{area.x, y, area.right(), y, 0.3, kRuleGray});
    place_side(page, card.front, area.x, y + kRowPadding);
    place_side(page, card.back, answer_x, y + kRowPadding);
    y += std::max(height_of(card.front), height_of(card.back)) + 2 * kRowPadding;
  }
  return page;
}

}  // namespace

std::vector<int> lay_out_list(const std::vector<PrintedCard>& cards, const SheetConfig& config,
                              const std::vector<FontMetrics*>& metrics, const ImageSizes& images,
                              Diagnostics& diagnostics, const PageSink& on_page, const ImagesPlaced& on_images,
                              const TypesetFormulas* math) {
  Rect area = row_area(config.grid);
  SheetConfig column = column_config(config, area);
  LaidOutCards laid_out(cards, column, metrics, images, math);
  if (on_images) on_images(printed_image_sizes(laid_out, cards));
  auto pages = paginate(laid_out, area);
  std::vector<int> card_pages(cards.size());
  int total = static_cast<int>(pages.size());
  for (int number = 0; number < total; ++number) {
    const auto& rows = pages[static_cast<size_t>(number)];
    SheetPage page = list_page(laid_out, rows, area);
    add_page_texts(page, {printing_note(Sides::list), page_label(number + 1, total, "", config.holdings)}, {area},
                   config.grid.printable, *metrics.front());
    on_page(std::move(page));
    for (size_t card : rows) card_pages[card] = number;
  }
  for (size_t i = 0; i < laid_out.size(); ++i) diagnostics.append(laid_out[i].diagnostics);
  return card_pages;
}

}  // namespace deckpress::print
