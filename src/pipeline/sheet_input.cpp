#include "pipeline/sheet_input.h"

#include "cards/cards.h"

namespace deckpress::pipeline {

print::SheetInput sheet_input(const std::vector<const CompiledDeck*>& decks) {
  print::SheetInput input;
  for (const CompiledDeck* compiled : decks) {
    if (input.title.empty()) input.title = compiled->deck.name;
    if (input.settings.empty()) input.settings = compiled->deck.print;
    for (const auto& note : compiled->notes) {
      cards::CardContext context{note.note->type, &note.fields_html, note.note->tags,
                                 compiled->deck.name};
      for (int ord : note.card_ords) {
        auto sides = cards::render_card(context, ord, cards::FrontSide::omitted);
        input.cards.push_back({compiled->deck.name, std::move(sides.question_html),
                               std::move(sides.answer_html), note.note->pos, note.note->type->css});
      }
    }
    input.images.insert(compiled->media.begin(), compiled->media.end());
  }
  return input;
}

}  // namespace deckpress::pipeline
