#include "print/layout.h"

#include <algorithm>

#include "print/bookmarks.h"
#include "print/furniture.h"
#include "print/laid_out_cards.h"
#include "print/list_layout.h"

namespace deckpress::print {
namespace {

enum class PageKind { fronts, backs, both };

// A side's items and the card's footer, in the card's own frame, put in its
// cell: moved there, or drawn through a turn.
void place(SheetPage& page, const FittedSide& side, const Cell& cell, Size card, const StyledText& footer) {
  bool upright = cell.turns == 0;
  if (!upright) page.groups.push_back(ItemGroup{cell_transform(cell), {}});
  std::vector<Item>& items = upright ? page.items : page.groups.back().items;
  Rect frame = upright ? Rect{cell.rect.x, cell.rect.y, card.width, card.height} : Rect{0, 0, card.width, card.height};
  Rect box = text_box(frame);
  for (Item item : side.items) {
    move_item(item, box.x, box.y);
    items.push_back(std::move(item));
  }
  append_items(items, card_footer(footer, frame));
}

// Known before any card is laid out, so that each page can carry its
// "page n of N" as soon as it is built.
int page_total(size_t chunks, Sides sides) {
  bool one_page_per_chunk = sides == Sides::fold || sides == Sides::fronts_only || sides == Sides::backs_only;
  return static_cast<int>(one_page_per_chunk ? chunks : 2 * chunks);
}

class PageBuilder {
 public:
  PageBuilder(const SheetConfig& config, FontMetrics& metrics, int total, const PageSink& sink)
      : config_(config), metrics_(metrics), total_(total), sink_(sink) {}

  // `fronts_page` is the 1-based number of the page whose backs these are.
  void add(PageKind kind, LaidOutCards& cards, size_t first, int fronts_page = 0) {
    const Grid& grid = config_.grid;
    SheetPage page;
    size_t count = std::min(grid.cards_per_page(), cards.size() - std::min(first, cards.size()));
    for (size_t j = 0; j < count; ++j) {
      const LaidOutCard& card = cards[first + j];
      if (kind != PageKind::backs) place(page, card.front, grid.fronts[j], grid.card, card.footer);
      if (kind != PageKind::fronts) place(page, card.back, grid.backs[j], grid.card, card.footer);
    }
    add_furniture(page, kind, fronts_page);
    sink_(std::move(page));
    ++built_;
  }

  int page_count() const { return built_; }

 private:
  void add_furniture(SheetPage& page, PageKind kind, int fronts_page) {
    const Grid& grid = config_.grid;
    std::vector<Rect> cells = rects_of(kind == PageKind::backs ? grid.backs : grid.fronts);
    if (kind == PageKind::both) cells = folded_cards(grid);
    if (config_.frames == FrameSides::both || (config_.frames == FrameSides::fronts && kind != PageKind::backs)) {
      append_items(page.items, frames(cells));
    }
    if (config_.cut_marks && kind != PageKind::backs) append_items(page.items, cut_ticks(cells, grid.printable));
    if (kind == PageKind::both) append_items(page.items, fold_marks(grid));
    Rect printable = kind == PageKind::backs ? grid.back_printable(config_.geometry) : grid.printable;
    add_page_texts(page, {printing_note(config_.geometry.sides), label(kind, fronts_page)}, cells, printable,
                   metrics_);
  }

  std::string label(PageKind kind, int fronts_page) const {
    std::string side;
    if (kind == PageKind::fronts) side = "fronts";
    if (kind == PageKind::backs) {
      side = config_.geometry.sides == Sides::backs_only ? "backs of fronts page " : "backs of page ";
      side += std::to_string(fronts_page);
    }
    return page_label(built_ + 1, total_, side, config_.holdings);
  }

  const SheetConfig& config_;
  FontMetrics& metrics_;
  int total_;
  const PageSink& sink_;
  int built_ = 0;
};

// The first page of each chunk of cards, filled in `first_pages`.
void build_pages(LaidOutCards& cards, const SheetConfig& config, FontMetrics& metrics, const PageSink& sink,
                 std::vector<int>& first_pages) {
  size_t per_page = config.grid.cards_per_page();
  size_t chunks = std::max<size_t>(1, (cards.size() + per_page - 1) / per_page);
  Sides sides = config.geometry.sides;
  PageBuilder builder(config, metrics, page_total(chunks, sides), sink);
  for (size_t chunk = 0; chunk < chunks; ++chunk) {
    first_pages.push_back(builder.page_count());
    size_t first = chunk * per_page;
    switch (sides) {
      case Sides::duplex_long:
      case Sides::duplex_short:
        builder.add(PageKind::fronts, cards, first);
        builder.add(PageKind::backs, cards, first, builder.page_count());
        break;
      case Sides::fronts_then_backs:
      case Sides::fronts_only:
        builder.add(PageKind::fronts, cards, first);
        break;
      case Sides::backs_only:
        builder.add(PageKind::backs, cards, first, static_cast<int>(chunk + 1));
        break;
      case Sides::fold:
      case Sides::list:
        builder.add(PageKind::both, cards, first);
        break;
    }
  }
  if (sides == Sides::fronts_then_backs) {
    for (size_t chunk = 0; chunk < chunks; ++chunk) {
      builder.add(PageKind::backs, cards, chunk * per_page, static_cast<int>(chunk + 1));
    }
  }
}

std::vector<std::pair<std::string, int>> deck_first_pages(const std::vector<PrintedCard>& cards,
                                                          const std::vector<int>& card_pages) {
  std::vector<std::pair<std::string, int>> firsts;
  for (size_t i = 0; i < cards.size(); ++i) {
    bool seen = std::any_of(firsts.begin(), firsts.end(),
                            [&](const auto& entry) { return entry.first == cards[i].deck_name; });
    if (!seen) firsts.emplace_back(cards[i].deck_name, card_pages[i]);
  }
  return firsts;
}

}  // namespace

std::vector<Bookmark> lay_out_pages(const std::vector<PrintedCard>& cards, const SheetConfig& config,
                                    const std::vector<FontMetrics*>& metrics, const ImageSizes& images,
                                    Diagnostics& diagnostics, const PageSink& on_page,
                                    const ImagesPlaced& on_images, const TypesetFormulas* math) {
  std::vector<int> card_pages;
  if (config.geometry.sides == Sides::list) {
    card_pages = lay_out_list(cards, config, metrics, images, diagnostics, on_page, on_images, math);
  } else {
    std::vector<int> first_pages;
    LaidOutCards laid_out(cards, config, metrics, images, math);
    if (on_images) on_images(printed_image_sizes(laid_out, cards));
    build_pages(laid_out, config, *metrics.front(), on_page, first_pages);
    for (size_t i = 0; i < laid_out.size(); ++i) diagnostics.append(laid_out[i].diagnostics);
    for (size_t i = 0; i < cards.size(); ++i) card_pages.push_back(first_pages[i / config.grid.cards_per_page()]);
  }
  return deck_bookmarks(deck_first_pages(cards, card_pages));
}

SheetLayout layout_sheet(const std::vector<PrintedCard>& cards, const SheetConfig& config,
                         const std::vector<FontMetrics*>& metrics, const ImageSizes& images,
                         Diagnostics& diagnostics, const TypesetFormulas* math) {
  SheetLayout sheet;
  sheet.page = config.grid.page;
  sheet.bookmarks = lay_out_pages(cards, config, metrics, images, diagnostics,
                                  [&](SheetPage page) { sheet.pages.push_back(std::move(page)); }, {}, math);
  return sheet;
}

}  // namespace deckpress::print
