#pragma once
// The formulas on a sheet's cards, typeset before any card is laid out, in
// one batch: node starts only for a sheet with math not yet in the cache.
#include <vector>

#include "deck/source.h"
#include "print/math_typesetter.h"
#include "print/sheet.h"

namespace deckpress::print {

// Warns once, at the first card with math, when the formulas print as TeX
// source: without a typesetter, or when it cannot run.
TypesetFormulas typeset_sheet_math(const std::vector<PrintedCard>& cards, MathTypesetter* math,
                                   Diagnostics& diagnostics);

}  // namespace deckpress::print
