#pragma once
// Anki's template rules, in one place: which cards a note yields and what
// each side shows. The package, the printed sheet and the preview share them.
#include <string>
#include <string_view>
#include <vector>

#include "deck/model.h"

namespace deckpress::cards {

// What a template may name besides the note's fields.
struct CardContext {
  const NoteType* type = nullptr;
  const std::vector<std::string>* fields_html = nullptr;  // one per field
  std::vector<std::string> tags;
  std::string deck_name;
};

// Anki's special fields, which templates may name besides the note type's:
// FrontSide, Card, CardFlag, Deck, Subdeck, Tags, Type, CardID.
bool is_special_field(std::string_view name);

// The ords of the cards Anki would create for the note: template indexes
// whose front is non-empty, or cloze numbers - 1 for cloze note types.
std::vector<int> card_ords(const CardContext& note);

struct CardSides {
  std::string question_html;
  std::string answer_html;  // with {{FrontSide}}, as Anki shows it
};

enum class FrontSide { included, omitted };  // omitted: for printed backs

CardSides render_card(const CardContext& note, int ord, FrontSide front_side = FrontSide::included);

// The legacy "req" cache of a standard note type, one entry per template:
// [ord, "any"|"all"|"none", [field ords]].
struct Requirement {
  int ord = 0;
  std::string kind;
  std::vector<int> fields;
};
std::vector<Requirement> template_requirements(const NoteType& type);

}  // namespace deckpress::cards
