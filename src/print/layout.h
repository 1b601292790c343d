#pragma once
// The layout engine: printed cards to pages of placed items. No PDF library
// here; the renderer draws the result.
#include <vector>

#include "deck/source.h"
#include "print/block_layout.h"
#include "print/card_layout.h"
#include "print/laid_out_cards.h"
#include "print/options.h"
#include "print/sheet.h"
#include "print/sheet_layout.h"

namespace deckpress::print {

// Card i lands in cell i % n (row-major) of front page i / n; its back in the
// mirrored cell of the matching back page. Cards that do not fit, and
// characters that cannot be printed, are reported as warnings, in card
// order. Cards are laid out on one thread per entry of `metrics` (at least
// one; the calling thread uses the first), each thread using only its own
// entry. The result does not depend on how many there are.
SheetLayout layout_sheet(const std::vector<PrintedCard>& cards, const SheetConfig& config,
                         const std::vector<FontMetrics*>& metrics, const ImageSizes& images,
                         Diagnostics& diagnostics, const TypesetFormulas* math = nullptr);

// The same pages handed to `on_page` one by one, in order and on the
// calling thread, as soon as their cards are laid out, so that drawing can
// overlap the layout of later cards; returns the bookmarks.
// `on_images`, when set, learns the size each image prints at before the
// first page is handed on.
std::vector<Bookmark> lay_out_pages(const std::vector<PrintedCard>& cards, const SheetConfig& config,
                                    const std::vector<FontMetrics*>& metrics, const ImageSizes& images,
                                    Diagnostics& diagnostics, const PageSink& on_page,
                                    const ImagesPlaced& on_images = {}, const TypesetFormulas* math = nullptr);

}  // namespace deckpress::print
