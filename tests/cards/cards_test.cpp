#include <catch2/catch.hpp>

#include "cards/cards.h"
#include "deck/note_types.h"

using namespace deckpress;
using Ords = std::vector<int>;

namespace {

NoteType standard(std::vector<std::string> fields, std::vector<std::string> fronts) {
  NoteType type;
  type.name = "Test";
  type.fields = std::move(fields);
  for (size_t i = 0; i < fronts.size(); ++i)
    type.templates.push_back({"Card " + std::to_string(i + 1), fronts[i], "{{FrontSide}}<hr id=answer>back"});
  return type;
}

Ords ords(const NoteType& type, std::vector<std::string> fields, std::vector<std::string> tags = {}) {
  cards::CardContext note{&type, &fields, std::move(tags), "Deck::Sub"};
  return cards::card_ords(note);
}

const NoteType& builtin(const std::string& key) {
  static NoteTypes types{{}};
  static Diagnostics ignored;
  return *types.find(key, ignored);
}

}  // namespace

TEST_CASE("a standard template yields a card only when its front names a non-empty field") {
  auto type = standard({"Front", "Back"}, {"{{Front}}", "static text {{Back}}"});
  CHECK(ords(type, {"q", "a"}) == Ords{0, 1});
  CHECK(ords(type, {"q", ""}) == Ords{0});
  CHECK(ords(type, {"q", " <br> <div></div>"}) == Ords{0});
  CHECK(ords(type, {"q", "<img src=\"a.png\">"}) == Ords{0, 1});
}

TEST_CASE("sections and inverted sections decide which cards exist") {
  auto type = standard({"Front", "Back", "Extra"},
                       {"{{#Extra}}{{Front}}{{/Extra}}", "{{^Extra}}{{Back}}{{/Extra}}"});
  CHECK(ords(type, {"q", "a", ""}) == Ords{1});
  CHECK(ords(type, {"q", "a", "x"}) == Ords{0});
}

TEST_CASE("special fields count as content, FrontSide and comments do not") {
  CHECK(ords(standard({"F"}, {"{{Deck}}"}), {""}) == Ords{0});
  CHECK(ords(standard({"F"}, {"{{Tags}}"}), {""}) == Ords{});
  CHECK(ords(standard({"F"}, {"{{Tags}}"}), {""}, {"t"}) == Ords{0});
  CHECK(ords(standard({"F"}, {"{{FrontSide}}"}), {"x"}) == Ords{});
  CHECK(ords(standard({"F", "G"}, {"<!-- {{F}} -->{{G}}"}), {"x", ""}) == Ords{});
  CHECK(ords(standard({"F"}, {"{{text:F}}"}), {"x"}) == Ords{0});
  CHECK(ords(standard({"F"}, {"just text"}), {"x"}) == Ords{});
}

TEST_CASE("the optional reversed note type adds its second card only with 'reverse'") {
  const NoteType& type = builtin("basic-optional-reversed");
  CHECK(ords(type, {"q", "a", ""}) == Ords{0});
  CHECK(ords(type, {"q", "a", "y"}) == Ords{0, 1});
  CHECK(ords(builtin("basic-reversed"), {"q", "a"}) == Ords{0, 1});
}

TEST_CASE("a cloze note yields one card per cloze number in any field") {
  const NoteType& type = builtin("cloze");
  CHECK(ords(type, {"{{c1::a}} {{c3::b::hint}} {{c1::c}}", ""}) == Ords{0, 2});
  CHECK(ords(type, {"{{c2::a}}", "{{c5::in extra}}"}) == Ords{1, 4});
  CHECK(ords(type, {"{{c1::a {{c2::nested}}}}", ""}) == Ords{0, 1});
  CHECK(ords(type, {"{{c0::zero}} plain", ""}) == Ords{});
}

TEST_CASE("basic cards show the front, then front and back") {
  const NoteType& type = builtin("basic");
  std::vector<std::string> fields{"Q?", "A!"};
  cards::CardContext note{&type, &fields, {}, "D"};
  auto sides = cards::render_card(note, 0);
  CHECK(sides.question_html == "Q?\n");
  CHECK(sides.answer_html == "Q?\n\n\n<hr id=answer>\n\nA!\n");
  auto printed = cards::render_card(note, 0, cards::FrontSide::omitted);
  CHECK(printed.answer_html == "\n\nA!\n");
}

TEST_CASE("cloze cards hide the active deletion and reveal it on the answer") {
  const NoteType& type = builtin("cloze");
  std::vector<std::string> fields{"{{c1::Paris}} is in {{c2::France::country}}", "extra"};
  cards::CardContext note{&type, &fields, {}, "D"};
  auto second = cards::render_card(note, 1);
  CHECK(second.question_html.find("Paris is in") == 0);
  CHECK(second.question_html.find("[country]") != std::string::npos);
  CHECK(second.answer_html.find("<span class=\"cloze\">France</span>") != std::string::npos);
  CHECK(second.answer_html.find("<div class=\"extra\">extra</div>") != std::string::npos);
}

TEST_CASE("filters: text strips HTML, type shows a box then the answer, specials render") {
  auto type = standard({"F"}, {"{{text:F}}|{{type:F}}|{{Subdeck}}|{{Card}}|{{Type}}"});
  std::vector<std::string> fields{"<b>bold</b> &amp; more"};
  cards::CardContext note{&type, &fields, {}, "Deck::Sub"};
  auto sides = cards::render_card(note, 0);
  CHECK(sides.question_html ==
        "bold & more|<input type=\"text\" id=\"typeans\" autocomplete=\"off\">|Sub|Card 1|Test");
}

TEST_CASE("the req cache follows Anki's any/all/none rules") {
  auto type = standard({"A", "B", "C"},
                       {"{{A}}", "{{#A}}{{B}}{{/A}}", "static", "{{^C}}{{B}}{{/C}}"});
  auto req = cards::template_requirements(type);
  REQUIRE(req.size() == 4);
  CHECK(req[0].kind == "any");
  CHECK(req[0].fields == std::vector<int>{0});
  CHECK(req[1].kind == "all");
  CHECK(req[1].fields == std::vector<int>{0, 1});
  CHECK(req[2].kind == "none");
  CHECK(req[3].kind == "any");
  CHECK(req[3].fields == std::vector<int>{1});
}
