#pragma once
// The calibration sheet: numbered cells with centre crosses on both sides,
// to measure how far a printer shifts the backs.
#include "print/font_metrics.h"
#include "print/options.h"
#include "print/sheet_layout.h"

namespace deckpress::print {

SheetLayout layout_calibration(const SheetConfig& config, FontMetrics& metrics);

}  // namespace deckpress::print
