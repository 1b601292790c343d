#include "print/layout.h"

#include <algorithm>

#include "print/bookmarks.h"
#include "print/furniture.h"
#include "print/laid_out_cards.h"

namespace deckpress::print {
namespace {

enum class PageKind { fronts, backs, both };

void place(SheetPage& page, const FittedSide& side, const Rect& cell, const StyledText& footer) {
  Rect box = text_box(cell);
  for (Item item : side.items) {
    move_item(item, box.x, box.y);
    page.items.push_back(std::move(item));
  }
  for (Item& item : card_footer(footer, cell)) page.items.push_back(std::move(item));
}

std::string top_note(Sides sides) {
  const char* how = "";
  switch (sides) {
    case Sides::duplex_long:
      how = "two-sided, flip on long edge";
      break;
    case Sides::duplex_short:
      how = "two-sided, flip on short edge";
      break;
    case Sides::fronts_then_backs:
      how = "print the fronts, turn the stack over on its long edge, then print the backs";
      break;
    case Sides::fold:
      how = "one-sided; fold along the middle, then cut";
      break;
  }
  return std::string("Print at 100 % (actual size), ") + how;
}

// Known before any card is laid out, so that each page can carry its
// "page n of N" as soon as it is built.
int page_total(size_t chunks, Sides sides) { return static_cast<int>(sides == Sides::fold ? chunks : 2 * chunks); }

class PageBuilder {
 public:
  PageBuilder(const SheetConfig& config, FontMetrics& metrics, int total, const PageSink& sink)
      : config_(config), metrics_(metrics), total_(total), sink_(sink) {}

  void add(PageKind kind, LaidOutCards& cards, size_t first) {
    const Grid& grid = config_.grid;
    SheetPage page;
    size_t count = std::min(grid.cards_per_page(), cards.size() - std::min(first, cards.size()));
    for (size_t j = 0; j < count; ++j) {
      const LaidOutCard& card = cards[first + j];
      if (kind != PageKind::backs) place(page, card.front, grid.fronts[j], card.footer);
      if (kind != PageKind::fronts) place(page, card.back, grid.backs[j], card.footer);
    }
    add_furniture(page, kind);
    sink_(std::move(page));
    ++built_;
  }

  int page_count() const { return built_; }

 private:
  void add_furniture(SheetPage& page, PageKind kind) {
    const Grid& grid = config_.grid;
    std::vector<Rect> cells = kind == PageKind::backs ? grid.backs : grid.fronts;
    if (kind == PageKind::both) cells.insert(cells.end(), grid.backs.begin(), grid.backs.end());
    std::vector<Item> extra;
    if (config_.frames) extra = frames(cells);
    bool folded = kind == PageKind::both;
    if (config_.cut_marks && kind != PageKind::backs) {
      append(extra, cut_ticks(folded ? folded_cards(grid) : cells, grid.page));
    }
    if (folded) append(extra, fold_marks(cells, grid.page));
    std::string number = "page " + std::to_string(built_ + 1) + " of " + std::to_string(total_);
    if (kind == PageKind::fronts) number += " (fronts)";
    if (kind == PageKind::backs) number += " (backs)";
    append(extra, page_notes(top_note(config_.geometry.sides), number, cells, grid.page, metrics_));
    append(page.items, std::move(extra));
  }

  static void append(std::vector<Item>& to, std::vector<Item> items) {
    for (Item& item : items) to.push_back(std::move(item));
  }

  const SheetConfig& config_;
  FontMetrics& metrics_;
  int total_;
  const PageSink& sink_;
  int built_ = 0;
};

// Front page of each chunk of cards, filled in `front_pages`.
void build_pages(LaidOutCards& cards, const SheetConfig& config, FontMetrics& metrics, const PageSink& sink,
                 std::vector<int>& front_pages) {
  size_t per_page = config.grid.cards_per_page();
  size_t chunks = std::max<size_t>(1, (cards.size() + per_page - 1) / per_page);
  PageBuilder builder(config, metrics, page_total(chunks, config.geometry.sides), sink);
  for (size_t chunk = 0; chunk < chunks; ++chunk) {
    front_pages.push_back(builder.page_count());
    switch (config.geometry.sides) {
      case Sides::duplex_long:
      case Sides::duplex_short:
        builder.add(PageKind::fronts, cards, chunk * per_page);
        builder.add(PageKind::backs, cards, chunk * per_page);
        break;
      case Sides::fronts_then_backs:
        builder.add(PageKind::fronts, cards, chunk * per_page);
        break;
      case Sides::fold:
        builder.add(PageKind::both, cards, chunk * per_page);
        break;
    }
  }
  if (config.geometry.sides == Sides::fronts_then_backs) {
    for (size_t chunk = 0; chunk < chunks; ++chunk) builder.add(PageKind::backs, cards, chunk * per_page);
  }
}

std::vector<std::pair<std::string, int>> first_pages(const std::vector<PrintedCard>& cards,
                                                     const std::vector<int>& front_pages, size_t per_page) {
  std::vector<std::pair<std::string, int>> firsts;
  for (size_t i = 0; i < cards.size(); ++i) {
    bool seen = std::any_of(firsts.begin(), firsts.end(), [&](const auto& entry) { return entry.first == cards[i].deck_name; });
    if (!seen) firsts.emplace_back(cards[i].deck_name, front_pages[i / per_page]);
  }
  return firsts;
}

}  // namespace

std::vector<Bookmark> lay_out_pages(const std::vector<PrintedCard>& cards, const SheetConfig& config,
                                    const std::vector<FontMetrics*>& metrics, const ImageSizes& images,
                                    Diagnostics& diagnostics, const PageSink& on_page,
                                    const TypesetFormulas* math) {
  std::vector<int> front_pages;
  {
    LaidOutCards laid_out(cards, config, metrics, images, math);
    build_pages(laid_out, config, *metrics.front(), on_page, front_pages);
    for (size_t i = 0; i < laid_out.size(); ++i) diagnostics.append(laid_out[i].diagnostics);
  }
  return deck_bookmarks(first_pages(cards, front_pages, config.grid.cards_per_page()));
}

SheetLayout layout_sheet(const std::vector<PrintedCard>& cards, const SheetConfig& config,
                         const std::vector<FontMetrics*>& metrics, const ImageSizes& images,
                         Diagnostics& diagnostics, const TypesetFormulas* math) {
  SheetLayout sheet;
  sheet.page = config.grid.page;
  sheet.bookmarks = lay_out_pages(cards, config, metrics, images, diagnostics,
                                  [&](SheetPage page) { sheet.pages.push_back(std::move(page)); }, math);
  return sheet;
}

}  // namespace deckpress::print
