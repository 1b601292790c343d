#include "print/layout.h"

#include <algorithm>

#include "print/bookmarks.h"
#include "print/fit.h"
#include "print/furniture.h"
#include "print/share_out.h"
#include "text/utf8.h"

namespace deckpress::print {
namespace {

enum class PageKind { fronts, backs, both };

struct LaidOutCard {
  FittedSide front;
  FittedSide back;
  StyledText footer;        // "Deck · 7"
  Diagnostics diagnostics;  // its warnings, reported in card order
};

std::string list_characters(const std::u32string& characters) {
  std::string list;
  for (char32_t c : characters) {
    if (!list.empty()) list += ' ';
    text::append_utf8(list, c);
  }
  return list;
}

std::string card_name(const PrintedCard& card, int number) {
  return "card " + std::to_string(number) + " of deck \"" + card.deck_name + "\"";
}

void report_glyphs(const GlyphProblems& problems, const std::string& name, const SourcePos& pos,
                   Diagnostics& diagnostics) {
  if (!problems.missing.empty()) {
    diagnostics.warning(pos, name + ": no font has " + list_characters(problems.missing) +
                                 "; they print as empty boxes (add a font to the 'fonts' print setting)");
  }
  if (!problems.astral.empty()) {
    diagnostics.warning(pos, name + ": emoji and other characters above U+FFFF cannot be printed and are left out: " +
                                 list_characters(problems.astral));
  }
  if (!problems.unshaped.empty()) {
    diagnostics.warning(pos, name + ": " + list_characters(problems.unshaped) +
                                 " belong to a script that needs shaping (Arabic, Hebrew, Indic, Thai…), "
                                 "which the PDF writer cannot do; they print as separate letters");
  }
}

class CardLayouter {
 public:
  CardLayouter(const SheetConfig& config, FontMetrics& metrics, const ImageSizes& images)
      : config_(config), metrics_(metrics), images_(images) {
    Rect box = text_box(config.grid.fronts.front());
    box_ = Size{box.width, box.height};
    TextStyle italic;
    italic.italic = true;
    GlyphProblems ignored;
    continuation_ = prepare_text({Span{kContinuationMark, italic}}, metrics, ignored);
  }

  LaidOutCard lay_out(const PrintedCard& card, int number) {
    std::string name = card_name(card, number);
    GlyphProblems problems;
    LaidOutCard result;
    result.front = side(card.front_html, "front", name, card.pos, problems, result.diagnostics);
    result.back = side(card.back_html, "back", name, card.pos, problems, result.diagnostics);
    result.footer = footer_text(card.deck_name + " · " + std::to_string(number), config_.grid.fronts.front().width,
                                metrics_);
    report_glyphs(problems, name, card.pos, result.diagnostics);
    return result;
  }

 private:
  FittedSide side(const std::string& html, const char* which, const std::string& name, const SourcePos& pos,
                  GlyphProblems& problems, Diagnostics& diagnostics) {
    auto blocks = prepare_blocks(parse_rich_text(html), metrics_, images_, problems);
    FittedSide fitted = fit_side(blocks, box_, {config_.max_font_size, config_.min_font_size}, continuation_);
    if (fitted.overflows) {
      diagnostics.warning(pos, name + " does not fit on its " + which + " at " +
                                   format_size(config_.min_font_size) + " pt; the text is cut off at a \"" +
                                   kContinuationMark + "\" mark (shorten it or choose a larger card)");
    }
    return fitted;
  }

  static std::string format_size(double size) {
    std::string text = std::to_string(size);
    text.erase(text.find_last_not_of('0') + 1);
    if (text.back() == '.') text.pop_back();
    return text;
  }

  const SheetConfig& config_;
  FontMetrics& metrics_;
  const ImageSizes& images_;
  Size box_;
  StyledText continuation_;
};

// Each card's number within its deck, from 1.
std::vector<int> card_numbers(const std::vector<PrintedCard>& cards) {
  std::map<std::string, int> counts;
  std::vector<int> numbers;
  for (const PrintedCard& card : cards) numbers.push_back(++counts[card.deck_name]);
  return numbers;
}

// Cards are independent, so each metrics object gets a thread; results
// land in card order.
std::vector<LaidOutCard> lay_out_cards(const std::vector<PrintedCard>& cards, const SheetConfig& config,
                                       const std::vector<FontMetrics*>& metrics, const ImageSizes& images) {
  std::vector<int> numbers = card_numbers(cards);
  std::vector<CardLayouter> layouters;
  for (FontMetrics* own : metrics) layouters.emplace_back(config, *own, images);
  std::vector<LaidOutCard> laid_out(cards.size());
  share_out(cards.size(), layouters.size(), [&](size_t thread, size_t i) {
    laid_out[i] = layouters[thread].lay_out(cards[i], numbers[i]);
  });
  return laid_out;
}

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

class PageBuilder {
 public:
  PageBuilder(const SheetConfig& config, FontMetrics& metrics) : config_(config), metrics_(metrics) {}

  void add(PageKind kind, const std::vector<LaidOutCard>& cards, size_t first) {
    const Grid& grid = config_.grid;
    SheetPage page;
    size_t count = std::min(grid.cards_per_page(), cards.size() - std::min(first, cards.size()));
    for (size_t j = 0; j < count; ++j) {
      const LaidOutCard& card = cards[first + j];
      if (kind != PageKind::backs) place(page, card.front, grid.fronts[j], card.footer);
      if (kind != PageKind::fronts) place(page, card.back, grid.backs[j], card.footer);
    }
    pages_.push_back(std::move(page));
    kinds_.push_back(kind);
  }

  int page_count() const { return static_cast<int>(pages_.size()); }

  std::vector<SheetPage> finish() {
    for (size_t i = 0; i < pages_.size(); ++i) add_furniture(pages_[i], kinds_[i], static_cast<int>(i));
    return std::move(pages_);
  }

 private:
  void add_furniture(SheetPage& page, PageKind kind, int index) {
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
    std::string number = "page " + std::to_string(index + 1) + " of " + std::to_string(pages_.size());
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
  std::vector<SheetPage> pages_;
  std::vector<PageKind> kinds_;
};

// Front page of each chunk of cards, filled in `front_pages`.
std::vector<SheetPage> build_pages(const std::vector<LaidOutCard>& cards, const SheetConfig& config,
                                   FontMetrics& metrics, std::vector<int>& front_pages) {
  PageBuilder builder(config, metrics);
  size_t per_page = config.grid.cards_per_page();
  size_t chunks = std::max<size_t>(1, (cards.size() + per_page - 1) / per_page);
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
  return builder.finish();
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

SheetLayout layout_sheet(const std::vector<PrintedCard>& cards, const SheetConfig& config,
                         const std::vector<FontMetrics*>& metrics, const ImageSizes& images,
                         Diagnostics& diagnostics) {
  std::vector<LaidOutCard> laid_out = lay_out_cards(cards, config, metrics, images);
  for (const LaidOutCard& card : laid_out) diagnostics.append(card.diagnostics);

  SheetLayout sheet;
  sheet.page = config.grid.page;
  std::vector<int> front_pages;
  sheet.pages = build_pages(laid_out, config, *metrics.front(), front_pages);
  sheet.bookmarks = deck_bookmarks(first_pages(cards, front_pages, config.grid.cards_per_page()));
  return sheet;
}

}  // namespace deckpress::print
