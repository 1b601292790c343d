#pragma once
// Everything on a page that is not card content: cut ticks, frames, the
// card's footer, the print-at-100 % note and page numbers, fold marks.
#include <string>
#include <vector>

#include "print/font_metrics.h"
#include "print/geometry.h"
#include "print/page_items.h"
#include "print/styled_text.h"

namespace deckpress::print {

// Text keeps this far from every card edge, so a few millimetres of
// misregistration never cut it.
constexpr double kSafeMargin = mm_to_pt(4);
constexpr double kFooterSize = 5.5;
constexpr double kFooterHeight = kFooterSize * 1.25 + 2;

// Where a card's text goes inside its cell.
Rect text_box(const Rect& cell);

// Short ticks continuing each card edge outwards, drawn only where they
// cross no card.
std::vector<Item> cut_ticks(const std::vector<Rect>& cells, Size page);

std::vector<Item> frames(const std::vector<Rect>& cells);

// In fold mode a card is cut out as one piece, front and back together.
std::vector<Rect> folded_cards(const Grid& grid);

// Dashes on the fold line, above and below the cards, where cut ticks go.
std::vector<Item> fold_marks(const std::vector<Rect>& cells, Size page);

// A one-line text; centred on `centre_x`.
std::vector<Item> centred_label(const std::string& text, double centre_x, double baseline, double size,
                                Color color, FontMetrics& metrics);

// A card's footer label ("Deck · 7"), shortened with "…" to fit a cell
// this wide; prepared once per card, placed on both of its sides.
StyledText footer_text(const std::string& label, double cell_width, FontMetrics& metrics);

// The prepared footer at the bottom of the cell, centred.
std::vector<Item> card_footer(const StyledText& footer, const Rect& cell);

// The note at the top and the page number at the bottom, each centred in
// the space between the cut ticks and the paper edge; left out if it has
// no room.
std::vector<Item> page_notes(const std::string& top_note, const std::string& bottom_note,
                             const std::vector<Rect>& cells, Size page, FontMetrics& metrics);

}  // namespace deckpress::print
