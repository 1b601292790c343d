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

std::string format_size(double size) {
  std::string text = std::to_string(size);
  text.erase(text.find_last_not_of('0') + 1);
  if (text.back() == '.') text.pop_back();
  return text;
}

}  // namespace

CardLayouter::CardLayouter(const SheetConfig& config, FontMetrics& metrics, const ImageSizes& images)
    : config_(config), metrics_(metrics), images_(images) {
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
  result.front = side(card.front_html, "front", name, card.pos, problems, result.diagnostics);
  result.back = side(card.back_html, "back", name, card.pos, problems, result.diagnostics);
  result.footer =
      footer_text(card.deck_name + " · " + std::to_string(number), config_.grid.card.width, metrics_);
  report_glyphs(problems, name, card.pos, result.diagnostics);
  return result;
}

FittedSide CardLayouter::side(const std::string& html, const char* which, const std::string& name,
                              const SourcePos& pos, GlyphProblems& problems, Diagnostics& diagnostics) {
  auto blocks = prepare_blocks(parse_rich_text(html), metrics_, images_, problems);
  FittedSide fitted = fit_side(blocks, box_, {config_.max_font_size, config_.min_font_size}, continuation_);
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
