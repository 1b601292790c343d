#pragma once
// One printed card laid out on its own: both sides fitted to the text box,
// its footer prepared, its warnings kept for reporting in card order.
#include <map>
#include <string>
#include <vector>

#include "deck/source.h"
#include "print/block_layout.h"
#include "print/fit.h"
#include "print/options.h"
#include "print/sheet.h"

namespace deckpress::print {

struct LaidOutCard {
  FittedSide front;
  FittedSide back;
  StyledText footer;        // "Deck · 7"
  Diagnostics diagnostics;  // its warnings
};

// Uses only its own FontMetrics, so one per thread lays cards out in parallel.
class CardLayouter {
 public:
  // `math` holds the sheet's typeset formulas; null prints them as TeX.
  CardLayouter(const SheetConfig& config, FontMetrics& metrics, const ImageSizes& images,
               const TypesetFormulas* math = nullptr);

  // `number` counts the card within its deck, from 1.
  LaidOutCard lay_out(const PrintedCard& card, int number);

 private:
  FittedSide side(const std::string& html, const Stylesheet& css, const char* which, const std::string& name,
                  const SourcePos& pos, GlyphProblems& problems, Diagnostics& diagnostics);
  const Stylesheet& stylesheet(const std::string& css);

  const SheetConfig& config_;
  FontMetrics& metrics_;
  const ImageSizes& images_;
  const TypesetFormulas* math_;
  std::map<std::string, Stylesheet> stylesheets_;  // by the note types' CSS
  Size box_;
  StyledText continuation_;
};

// Each card's number within its deck, from 1.
std::vector<int> card_numbers(const std::vector<PrintedCard>& cards);

// The mark drawn where a card's text had to be cut.
inline const char* const kContinuationMark = "… (cut: too long)";

}  // namespace deckpress::print
