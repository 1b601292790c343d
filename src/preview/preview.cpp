#include "preview/preview.h"

#include <fmt/format.h>

#include "preview/card_section.h"
#include "preview/math.h"
#include "preview/media_embed.h"
#include "preview/note_type_styles.h"
#include "preview/page_assets.h"
#include "text/html.h"

namespace deckpress::preview {

namespace {

std::string count_label(size_t cards) {
  return fmt::format("{} card{}", cards, cards == 1 ? "" : "s");
}

std::string toolbar(const PreviewInput& input) {
  return fmt::format(
      "<div class=\"dp-bar\">\n<h1>{}</h1>\n<span id=\"dp-count\">{}</span>\n"
      "<input type=\"search\" id=\"dp-search\" placeholder=\"Search cards\" "
      "aria-label=\"Search cards\">\n"
      "<label><input type=\"checkbox\" id=\"dp-night\"> Night mode</label>\n</div>\n",
      text::escape_html(input.title), count_label(input.cards.size()));
}

bool page_has_math(const PreviewInput& input) {
  for (const PreviewCard& card : input.cards)
    if (has_math(card.question_html) || has_math(card.answer_html)) return true;
  return false;
}

}  // namespace

std::string render_preview(const PreviewInput& input) {
  MediaEmbedder media(input.media);
  NoteTypeStyles styles;
  std::string cards;
  for (size_t i = 0; i < input.cards.size(); ++i) {
    const PreviewCard& card = input.cards[i];
    cards += card_section(card, static_cast<int>(i + 1),
                          styles.scope_class(card.note_type_name, card.css), media);
  }
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>{} · preview</title>\n{}{}</head>\n"
      "<body>\n{}{}<main>\n{}</main>\n{}</body>\n</html>\n",
      text::escape_html(input.title), page_style, styles.style_element(), toolbar(input),
      math_support(input.mathjax_url, page_has_math(input)), cards, page_script);
}

}  // namespace deckpress::preview
