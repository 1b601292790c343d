#include "print/sheet_math.h"

#include "text/html_vocabulary.h"

namespace deckpress::print {
namespace {

void collect(const std::vector<Span>& spans, std::set<Formula>& formulas) {
  for (const Span& span : spans) {
    if (span.kind == Span::Kind::math) formulas.insert(Formula{span.text, span.display});
  }
}

// The formulas of one side, found as the layout will find them.
void collect(const std::string& html, std::set<Formula>& formulas) {
  if (html.find(text::kInlineMathOpen) == std::string::npos && html.find(text::kDisplayMathOpen) == std::string::npos) {
    return;
  }
  for (const Block& block : parse_rich_text(html)) {
    collect(block.spans, formulas);
    for (const auto& row : block.rows) {
      for (const TableCell& cell : row) collect(cell.spans, formulas);
    }
  }
}

}  // namespace

TypesetFormulas typeset_sheet_math(const std::vector<PrintedCard>& cards, MathTypesetter* math,
                                   Diagnostics& diagnostics) {
  std::set<Formula> formulas;
  const PrintedCard* first = nullptr;
  for (const PrintedCard& card : cards) {
    size_t before = formulas.size();
    collect(card.front_html, formulas);
    collect(card.back_html, formulas);
    if (!first && formulas.size() > before) first = &card;
  }
  if (formulas.empty()) return {};
  MathOutcome outcome;
  if (math) {
    outcome = math->typeset(formulas);
  } else {
    outcome.unavailable = "no typesetter was given";
  }
  if (outcome.unavailable) {
    diagnostics.warning(first->pos, "formulas print as their TeX source: " + *outcome.unavailable);
  }
  return std::move(outcome.formulas);
}

}  // namespace deckpress::print
