#include "pipeline/preview_input.h"

#include <fmt/format.h>

#include "cards/cards.h"

namespace deckpress::pipeline {

namespace {

// The name Anki's browser gives the card: the template's, numbered for clozes.
std::string card_name(const NoteType& type, int ord) {
  if (type.is_cloze) return fmt::format("{} {}", type.templates[0].name, ord + 1);
  return type.templates[static_cast<size_t>(ord)].name;
}

preview::PreviewCard preview_card(const CompiledDeck& compiled, const CompiledNote& note, int ord) {
  const Note& source = *note.note;
  cards::CardContext context{source.type, &note.fields_html, source.tags, compiled.deck.deck_of(source)};
  auto sides = cards::render_card(context, ord, cards::FrontSide::included);
  return {compiled.deck.name,
          source.id,
          ord,
          source.type->name,
          card_name(*source.type, ord),
          std::move(sides.question_html),
          std::move(sides.answer_html),
          source.type->css,
          fmt::format("{}:{}", source.pos.path, source.pos.line),
          preview::file_url(source.pos.path.str())};
}

}  // namespace

preview::PreviewInput preview_input(const std::vector<const CompiledDeck*>& decks) {
  preview::PreviewInput input;
  input.mathjax_url = preview::installed_mathjax();
  for (const CompiledDeck* compiled : decks) {
    if (input.title.empty()) input.title = compiled->deck.name;
    for (const auto& note : compiled->notes)
      for (int ord : note.card_ords) input.cards.push_back(preview_card(*compiled, note, ord));
    input.media.insert(compiled->media.begin(), compiled->media.end());
  }
  return input;
}

}  // namespace deckpress::pipeline
