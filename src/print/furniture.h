#pragma once
// Everything on a page that is not card content: cut ticks, frames, the
// card's footer, the printing note and the page label, fold marks. All of
// it stays inside the printable area: the page less the printer's margin.
#include <string>
#include <vector>

#include "print/font_metrics.h"
#include "print/geometry.h"
#include "print/page_items.h"
#include "print/sheet_layout.h"
#include "print/styled_text.h"

namespace deckpress::print {

// Text keeps this far from every card edge, so a few millimetres of
// misregistration never cut it.
constexpr double kSafeMargin = mm_to_pt(4);
constexpr double kFooterSize = 5.5;
constexpr double kFooterHeight = kFooterSize * 1.25 + 2;
// Cut ticks are black and half a point thick: easy to see and to cut on.
constexpr double kCutMarkWidth = 0.5;

// Where a card's text goes inside its cell.
Rect text_box(const Rect& cell);

// Short ticks continuing each card edge outwards, drawn only where they
// cross no card and stay inside the printable area.
std::vector<Item> cut_ticks(const std::vector<Rect>& cells, const Rect& printable);

std::vector<Item> frames(const std::vector<Rect>& cells);

// Folded, a card is cut out as one piece, front and back together.
std::vector<Rect> folded_cards(const Grid& grid);

// Dashes continuing each pair's hinge outwards, where cut ticks go.
std::vector<Item> fold_marks(const Grid& grid);

// A one-line text; centred on `centre_x`.
std::vector<Item> centred_label(const std::string& text, double centre_x, double baseline, double size,
                                Color color, FontMetrics& metrics);

// A card's footer label ("Deck · 7"), shortened with "…" to fit a cell
// this wide; prepared once per card, placed on both of its sides.
StyledText footer_text(const std::string& label, double cell_width, FontMetrics& metrics);

// The prepared footer at the bottom of the cell, centred.
std::vector<Item> card_footer(const StyledText& footer, const Rect& cell);

// "Print at 100 % (actual size), two-sided, flip on long edge"
std::string printing_note(Sides sides);

// "page 4 of 8 · backs of page 3 · Deck: 12 of 340 cards"; empty parts left out.
std::string page_label(int page, int total, const std::string& side, const std::string& holdings);

// The printing note and the page label, each in a strip between the cards
// and the printable edge (the note above or left of the cards, the label
// below or right of them; read along the side in a side strip), clear of
// the lines already on the page. A text too long for its strip is set
// smaller, then shortened with "…".
struct PageTexts {
  std::string note;
  std::string label;
};
void add_page_texts(SheetPage& page, const PageTexts& texts, const std::vector<Rect>& cells, const Rect& printable,
                    FontMetrics& metrics);

}  // namespace deckpress::print
