// Cards rendered by the project's one implementation of Anki's template rules
// (src/cards) show on the page exactly as rendered.
#include <catch2/catch.hpp>

#include "cards/cards.h"
#include "page_parts.h"
#include "preview/preview.h"

using namespace deckpress;

namespace {

// The page for every card of one note, as the build makes it.
std::string page_for(const NoteType& type, std::vector<std::string> fields) {
  cards::CardContext note{&type, &fields, {"geo"}, "World::Capitals"};
  preview::PreviewInput input;
  for (int ord : cards::card_ords(note)) {
    auto sides = cards::render_card(note, ord);
    preview::PreviewCard card;
    card.deck_name = note.deck_name;
    card.ord = ord;
    card.note_type_name = type.name;
    card.question_html = sides.question_html;
    card.answer_html = sides.answer_html;
    input.cards.push_back(card);
  }
  return preview::render_preview(input);
}

NoteType note_type(std::string name, std::vector<std::string> fields, Template card) {
  NoteType type;
  type.name = std::move(name);
  type.fields = std::move(fields);
  type.templates.push_back(std::move(card));
  return type;
}

}  // namespace

TEST_CASE("a cloze note shows one card per deletion, hidden on the question") {
  NoteType cloze = note_type("Cloze", {"Text", "Extra"},
                             {"Cloze", "{{cloze:Text}}", "{{cloze:Text}}<br>{{Extra}}"});
  cloze.is_cloze = true;
  std::string page = page_for(cloze, {"{{c1::Paris::city}} is in {{c2::France}}", "Seine"});
  std::string first = card_section_of(page, 1), second = card_section_of(page, 2);
  CHECK(side_of(first, "dp-question") ==
        "<span class=\"cloze\" data-cloze=\"Paris\">[city]</span> is in France");
  CHECK(side_of(first, "dp-answer") == "<span class=\"cloze\">Paris</span> is in France<br>Seine");
  CHECK(side_of(second, "dp-question") ==
        "Paris is in <span class=\"cloze\" data-cloze=\"France\">[...]</span>");
  CHECK(second.find("data-ord=\"1\"") != std::string::npos);
  CHECK(card_section_of(page, 3).empty());
}

TEST_CASE("a type-answer card shows the input box, then the expected answer") {
  NoteType typed =
      note_type("Typed", {"Front", "Back"},
                {"Card 1", "{{Front}} {{type:Back}}", "{{Front}}<hr id=answer>{{type:Back}}"});
  std::string section = card_section_of(page_for(typed, {"Capital of Peru?", "<b>Lima</b>"}), 1);
  CHECK(side_of(section, "dp-question") ==
        "Capital of Peru? <input type=\"text\" id=\"typeans\" autocomplete=\"off\">");
  CHECK(side_of(section, "dp-answer") ==
        "Capital of Peru?<hr id=answer><code id=\"typeans\">Lima</code>");
}

TEST_CASE("hints, special fields and FrontSide render as in Anki") {
  NoteType hinted = note_type("Hinted", {"Front", "Back", "Hint"},
                              {"Card 1", "{{Front}}{{hint:Hint}} ({{Subdeck}}, {{Tags}})",
                               "{{FrontSide}}<hr id=answer>{{text:Back}}"});
  std::string section = card_section_of(page_for(hinted, {"Capital?", "<i>Oslo</i>", "Norway"}), 1);
  const std::string question =
      "Capital?<a class=\"hint\" href=\"#\" onclick=\"this.style.display='none';"
      "this.nextElementSibling.style.display='block';return false;\">Hint</a>"
      "<div class=\"hint\" style=\"display: none\">Norway</div> (Capitals, geo)";
  CHECK(side_of(section, "dp-question") == question);
  CHECK(side_of(section, "dp-answer") == question + "<hr id=answer>Oslo");
}
