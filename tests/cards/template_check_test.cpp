// The template errors Anki would show instead of cards, reported at the
// template file's line and column.
#include <catch2/catch.hpp>

#include "cards/template_check.h"
#include "deck/note_types.h"

using namespace deckpress;
using Problems = std::vector<std::string>;

namespace {

NoteType vocab(std::string front, std::string back = "{{FrontSide}}<hr id=answer>{{Meaning}}") {
  NoteType type;
  type.name = "Vocab (mine)";
  type.fields = {"Word", "Meaning", "Extra"};
  type.field_keys = {"word", "meaning", "extra"};
  type.templates = {{"Recognise", std::move(front), std::move(back), "", "t/front.html", "t/back.html"}};
  return type;
}

Problems problems(const NoteType& type) {
  Diagnostics diagnostics;
  cards::check_templates(type, diagnostics);
  Problems out;
  for (const auto& d : diagnostics.all())
    out.push_back(d.pos.path.str() + ":" + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column) + ": " +
                  (d.severity == Severity::error ? "error: " : "warning: ") + d.message);
  return out;
}

}  // namespace

TEST_CASE("a template naming a field the note type does not have is an error at the tag") {
  CHECK(problems(vocab("{{Word}}\n<p>{{ Meening }}</p>")) ==
        Problems{"t/front.html:2:4: error: {{ Meening }} names no field of note type 'Vocab (mine)'; did you mean 'Meaning'?"});
  CHECK(problems(vocab("{{Word}}{{text:Plural}}")) ==
        Problems{"t/front.html:1:9: error: {{text:Plural}} names no field of note type 'Vocab (mine)'; its fields are Word, Meaning, Extra"});
  CHECK(problems(vocab("{{#Exta}}{{Word}}{{/Exta}}")) ==
        Problems{"t/front.html:1:1: error: {{#Exta}} names no field of note type 'Vocab (mine)'; did you mean 'Extra'?"});
  // Field names are matched exactly, as Anki does.
  CHECK(problems(vocab("{{word}}")) ==
        Problems{"t/front.html:1:1: error: {{word}} names no field of note type 'Vocab (mine)'; did you mean 'Word'?"});
}

TEST_CASE("special fields, add-on filters without a field and tags in comments are no errors") {
  CHECK(problems(vocab("{{Word}} {{Tags}} {{Deck}} {{Subdeck}} {{Card}} {{CardFlag}} {{Type}} {{CardID}}")).empty());
  CHECK(problems(vocab("{{Word}}{{tts en_US:Word}}{{hint:Extra}}{{furigana:Word}}{{kana:Word}}{{kanji:Word}}")).empty());
  CHECK(problems(vocab("{{type:Word}}{{type:nc:Word}}{{text:}}")).empty());
  CHECK(problems(vocab("{{Word}}<!-- {{Nothing}} {{#Open}} -->")).empty());
  CHECK(problems(vocab("{{{Word}}}")).empty());
}

TEST_CASE("sections left open, closed out of turn or never opened are errors") {
  CHECK(problems(vocab("{{Word}}\n{{#Extra}}\n{{Extra}}")) ==
        Problems{"t/front.html:2:1: error: {{#Extra}} is never closed: add {{/Extra}}"});
  CHECK(problems(vocab("{{Word}}{{/Extra}}")) ==
        Problems{"t/front.html:1:9: error: {{/Extra}} closes a section that is not open; open it with "
                 "{{#Extra}} or {{^Extra}}"});
  CHECK(problems(vocab("{{#Extra}}{{^Meaning}}{{Word}}{{/Extra}}{{/Meaning}}")) ==
        Problems{"t/front.html:1:31: error: {{/Extra}} closes {{#Extra}} before {{^Meaning}}: close the "
                 "section opened last first, with {{/Meaning}}",
                 "t/front.html:1:41: error: {{/Meaning}} closes a section that is not open; open it with "
                 "{{#Meaning}} or {{^Meaning}}"});
  CHECK(problems(vocab("{{#Extra}}{{#Extra}}{{Word}}{{/Extra}}{{/Extra}}")).empty());
}

TEST_CASE("an unknown filter is an error naming the filters Anki has") {
  CHECK(problems(vocab("{{furigna:Word}}", "{{FrontSide}}{{Meaning}}")) ==
        Problems{"t/front.html:1:1: error: unknown filter 'furigna' in {{furigna:Word}}; Anki's filters are "
                 "text, hint, type, cloze, cloze-only, furigana, kana, kanji and tts"});
}

TEST_CASE("a cloze note type needs {{cloze:...}} on both sides of its template") {
  NoteType type = vocab("{{Word}}", "{{cloze:Word}}<br>{{Extra}}");
  type.is_cloze = true;
  CHECK(problems(type) == Problems{"t/front.html:1:1: error: the front of a cloze note type's template needs "
                                   "{{cloze:Field}}: Anki shows no card without it"});
  type.templates[0].front = "{{cloze:Word}}";
  CHECK(problems(type).empty());
  type.is_cloze = false;
  CHECK(problems(type).empty());
}

TEST_CASE("a verbatim note type's template problems are one warning naming it") {
  NoteType type = vocab("{{myfilter:Word}}", "{{Missing}}");
  type.verbatim = true;
  CHECK(problems(type) ==
        Problems{"t/front.html:1:1: warning: note type 'Vocab (mine)' is packaged as written (verbatim), but "
                 "Anki may show its cards as template errors: unknown filter 'myfilter' in {{myfilter:Word}}; "
                 "Anki's filters are text, hint, type, cloze, cloze-only, furigana, kana, kanji and tts (and 1 more)"});
}

TEST_CASE("every built-in note type passes the template checks") {
  NoteTypes types({}, cards::check_templates);
  for (const auto& key : types.known_keys()) {
    INFO(key);
    Diagnostics diagnostics;
    CHECK(types.find(key, diagnostics));
    CHECK(diagnostics.all().empty());
  }
}

TEST_CASE("a note type whose templates have errors cannot be used, and says why once") {
  const std::string root = std::string(TESTS_DIR) + "/deck/bad/templates";
  NoteTypes types({root}, cards::check_templates);
  Diagnostics diagnostics;
  CHECK(types.find("unknown-field", diagnostics) == nullptr);
  CHECK(types.broken("unknown-field"));
  CHECK(diagnostics.error_count() == 1);
  CHECK(types.find("unknown-field", diagnostics) == nullptr);
  CHECK(diagnostics.error_count() == 1);
}
