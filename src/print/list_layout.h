#pragma once
// The study sheet (sides = list): no cards to cut, but one row per card
// with its question on the left and its answer on the right, as many rows
// to a page as fit.
#include <vector>

#include "deck/source.h"
#include "print/block_layout.h"
#include "print/laid_out_cards.h"
#include "print/options.h"
#include "print/sheet.h"
#include "print/sheet_layout.h"

namespace deckpress::print {

// Text in a list is set at this size, or at max-font-size when smaller, and
// shrinks only for a side longer than a page.
constexpr double kListFontSize = 10;

// Hands the pages to `on_page`; returns each card's page (0-based).
std::vector<int> lay_out_list(const std::vector<PrintedCard>& cards, const SheetConfig& config,
                              const std::vector<FontMetrics*>& metrics, const ImageSizes& images,
                              Diagnostics& diagnostics, const PageSink& on_page, const ImagesPlaced& on_images,
                              const TypesetFormulas* math = nullptr);

}  // namespace deckpress::print
