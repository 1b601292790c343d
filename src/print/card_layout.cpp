#include "print/card_layout.h"

#include <map>

#include "print/furniture.h"
#include "text/utf8.h"

namespace deckpress::print {
namespace {

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
  for (const std::string& formula : problems.math) {
    diagnostics.warning(pos, name + ": MathJax cannot typeset " + formula + "; it prints as TeX source");
  }
}

std::string format_size(double size) {
  std::string text = std::to_string(size);
  text.erase(text.find_last_not_of('0') + 1);
  if (text.back() == '.') text.pop_back();
  return text;
}

}  // namespace

CardLayouter::CardLayouter(const SheetConfig& config, FontMetrics& metrics, const ImageSizes& images,
                           const TypesetFormulas* math)
    : config_(config), metrics_(metrics), images_(images), math_(math) {
  Rect box = text_box(Rect{0, 0, config.grid.card.width, config.grid.card.height});
  box_ = Size{box.width, box.height};
  TextStyle italic;
  italic.italic = true;
  GlyphProblems ignored;
  continuation_ = prepare_text({Span{kContinuationMark, italic}}, metrics, ignored);
}

LaidOutCard CardLayouter::lay_out(const PrintedCard& card, int number) {
  std::string name = card_name(card, number);
  GlyphProblems problems;
  LaidOutCard result;
  const Stylesheet& css = stylesheet(card.css);
  result.front = side(card.front_html, css, "front", name, card.pos, problems, result.diagnostics);
  result.back = side(card.back_html, css, "back", name, card.pos, problems, result.diagnostics);
  result.footer =
      footer_text(card.deck_name + " · " + std::to_string(number), config_.grid.card.width, metrics_);
  report_glyphs(problems, name, card.pos, result.diagnostics);
  return result;
}

const Stylesheet& CardLayouter::stylesheet(const std::string& css) {
  auto found = stylesheets_.find(css);
  if (found == stylesheets_.end()) found = stylesheets_.emplace(css, Stylesheet(css)).first;
  return found->second;
}

FittedSide CardLayouter::side(const std::string& html, const Stylesheet& css, const char* which,
                              const std::string& name, const SourcePos& pos, GlyphProblems& problems,
                              Diagnostics& diagnostics) {
  auto blocks = prepare_blocks(parse_rich_text(html, css), metrics_, images_, problems, math_);
  bool card = config_.geometry.sides != Sides::list;
  FittedSide fitted = fit_side(blocks, box_, {config_.max_font_size, config_.min_font_size, card}, continuation_);
  if (fitted.overflows) {
    diagnostics.warning(pos, name + " does not fit on its " + which + " at " + format_size(config_.min_font_size) +
                                 " pt; the text is cut off at a \"" + kContinuationMark +
                                 "\" mark (shorten it or choose a larger card)");
  }
  return fitted;
}

// Each card's number within its deck, from 1: as the card says, or
// counted among the cards printed.
std::vector<int> card_numbers(const std::vector<PrintedCard>& cards) {
  std::map<std::string, int> counts;
  std::vector<int> numbers;
  for (const PrintedCard& card : cards) {
    int counted = ++counts[card.deck_name];
    numbers.push_back(card.number > 0 ? card.number : counted);
  }
  return numbers;
}

}  // namespace deckpress::print
