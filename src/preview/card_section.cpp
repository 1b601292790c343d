#include "preview/card_section.h"

#include <fmt/format.h>

#include "text/html.h"

namespace deckpress::preview {

namespace {

using text::escape_html;

std::string header(const PreviewCard& card, int number) {
  return fmt::format(
      "<header class=\"dp-header\">{} · card {} · {} / {} · <a href=\"{}\">{}</a></header>\n",
      escape_html(card.deck_name), number, escape_html(card.note_type_name),
      escape_html(card.card_name), escape_html(card.source_url), escape_html(card.source));
}

// A side as Anki lays it out: the template's HTML inside an element with the
// classes `card cardN`, which note type CSS styles.
std::string side(const char* role, int ord, const std::string& html) {
  return fmt::format("<div class=\"dp-side {} card card{}\">\n{}\n</div>\n", role, ord + 1, html);
}

}  // namespace

std::string card_section(const PreviewCard& card, int number, const std::string& scope_class,
                         MediaEmbedder& media) {
  return fmt::format(
      "<section class=\"dp-card\" id=\"card-{}\" data-deck=\"{}\" data-note-id=\"{}\" "
      "data-ord=\"{}\">\n{}<div class=\"dp-sides {}\"><div class=\"dp-mode\">\n{}{}</div></div>\n"
      "</section>\n",
      number, escape_html(card.deck_name), escape_html(card.note_id), card.ord,
      header(card, number), scope_class,
      side("dp-question", card.ord, media.embed(card.question_html)),
      side("dp-answer", card.ord, media.embed(card.answer_html)));
}

}  // namespace deckpress::preview
