#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "deck/note_types.h"

using namespace deckpress;
namespace fs = std::filesystem;

namespace {

// A templates/ folder in the temp dir holding one note type `vocab`.
struct TemplatesDir {
  fs::path root;
  // `name` keeps test cases apart: ctest runs them in parallel.
  TemplatesDir(const std::string& name, const std::string& notetype_toml)
      : root(fs::temp_directory_path() / ("deckpress-note-types-" + name)) {
    fs::remove_all(root);
    fs::create_directories(root / "vocab");
    std::ofstream(root / "vocab/notetype.toml") << notetype_toml;
    std::ofstream(root / "vocab/front.html") << "{{Word}}";
    std::ofstream(root / "vocab/back.html") << "{{FrontSide}}<hr id=answer>{{Meaning}}";
    std::ofstream(root / "shared.css") << ".card { color: navy; }";
  }
  ~TemplatesDir() { fs::remove_all(root); }
};

const char* const fields = R"toml(
[[field]]
key = "word"
name = "Word"
required = true
[[field]]
key = "meaning"
name = "Meaning"
[[field]]
key = "example"
name = "Example"
[[template]]
name = "Recognise"
front = "front.html"
back = "back.html"
[[template]]
name = "Recall"
front = "back.html"
back = "front.html"
)toml";

}  // namespace

TEST_CASE("a custom note type may have any number of fields and templates and shared CSS") {
  TemplatesDir dir("custom", std::string("name = \"Vocab (mine)\"\ncss = [\"../shared.css\"]\nsort_field = \"meaning\"\n") + fields);
  NoteTypes types({dir.root});
  Diagnostics diagnostics;
  const NoteType* vocab = types.find("vocab", diagnostics);
  INFO((diagnostics.all().empty() ? "" : diagnostics.all()[0].message));
  REQUIRE(vocab);
  CHECK(vocab->fields == std::vector<std::string>{"Word", "Meaning", "Example"});
  CHECK(vocab->field_keys == std::vector<std::string>{"word", "meaning", "example"});
  CHECK(vocab->templates.size() == 2);
  CHECK(vocab->templates[1].front == "{{FrontSide}}<hr id=answer>{{Meaning}}");
  CHECK(vocab->css == ".card { color: navy; }");
  CHECK(vocab->sort_field == 1);
  CHECK(types.find("basic", diagnostics)->name == "Basic (deckpress)");
}

TEST_CASE("a note type may not take one of Anki's own names") {
  TemplatesDir dir("stock-name", std::string("name = \"Basic\"\n") + fields);
  NoteTypes types({dir.root});
  Diagnostics diagnostics;
  CHECK_FALSE(types.find("vocab", diagnostics));
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].pos.line == 1);
  CHECK(diagnostics.all()[0].pos.column == 8);
  CHECK_THAT(diagnostics.all()[0].message, Catch::StartsWith("note type name 'Basic' is one of Anki's own"));
}

TEST_CASE("field names Anki would refuse and files outside templates/ are errors") {
  TemplatesDir dir("bad-names", "name = \"Vocab\"\ncss = [\"../../escape.css\"]\n[[field]]\nkey = \"w\"\nname = \"#Word\"\n"
                   "[[template]]\nname = \"Card 1\"\nfront = \"front.html\"\nback = \"back.html\"\n");
  NoteTypes types({dir.root});
  Diagnostics diagnostics;
  CHECK_FALSE(types.find("vocab", diagnostics));
  std::vector<std::string> messages;
  for (const auto& d : diagnostics.all()) messages.push_back(d.message);
  CHECK(messages == std::vector<std::string>{
      "'../../escape.css' is outside the templates folder",
      "field name '#Word' may not start with # / or ^",
  });
}

TEST_CASE("a note type may carry Anki's ids and settings, as import writes them") {
  TemplatesDir dir("settings", std::string(R"toml(name = "Basic"
id = 1342697561419
verbatim = true
latex_pre = "\\begin{document}"
latex_svg = true
original_stock_kind = 6
css = ["../shared.css"]
[[field]]
key = "word"
name = "Word"
id = -5188473012345678901
rtl = true
font = "Noto Sans"
size = 24
tag = 1
[[field]]
key = "meaning"
name = "Meaning"
id = 0
[[template]]
name = "Recognise"
id = -2001
front = "front.html"
back = "back.html"
browser_front = "{{Word}}"
)toml"));
  NoteTypes types({dir.root});
  Diagnostics diagnostics;
  const NoteType* type = types.find("vocab", diagnostics);
  REQUIRE(diagnostics.all().empty());
  REQUIRE(type);
  CHECK(type->name == "Basic");  // its own id makes Anki's name the user's own
  CHECK(type->id == 1342697561419);
  CHECK(type->verbatim);
  CHECK(type->settings.latex_pre == "\\begin{document}");
  CHECK_FALSE(type->settings.latex_post);
  CHECK(type->settings.latex_svg);
  CHECK(type->settings.original_stock_kind == 6);
  REQUIRE(type->field_ids.size() == 2);
  CHECK(type->field_ids[0] == -5188473012345678901);  // Anki draws them from all 64-bit numbers
  CHECK(type->field_ids[1] == 0);
  CHECK(type->field_settings[0].rtl);
  CHECK(type->field_settings[0].font == "Noto Sans");
  CHECK(type->field_settings[0].font_size == 24);
  CHECK(type->field_settings[0].tag == 1);
  CHECK(type->field_settings[1].font == "Arial");
  CHECK(type->templates[0].id == -2001);
  CHECK(type->templates[0].browser_front == "{{Word}}");
}

TEST_CASE("a note type id that is not positive, or a field keyed like the note's own keys, is an error") {
  TemplatesDir dir("bad-ids", std::string(R"toml(name = "Vocab"
id = -4
[[field]]
key = "guid"
name = "Guid"
[[template]]
name = "Card"
id = -1
front = "front.html"
back = "back.html"
)toml"));
  NoteTypes types({dir.root});
  Diagnostics diagnostics;
  CHECK_FALSE(types.find("vocab", diagnostics));
  std::vector<std::string> messages;
  for (const auto& d : diagnostics.all())
    messages.push_back(std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column) + ": " + d.message);
  CHECK(messages == std::vector<std::string>{
                        "2:6: id -4 is not one Anki accepts; write a positive number",
                        "4:7: field key 'guid' is taken by the note itself; choose another"});
}

namespace {

// Every problem as "line:col: message".
std::vector<std::string> problems_of(const std::string& notetype_toml) {
  static int count = 0;  // each in a folder of its own: ctest runs the test cases at once
  TemplatesDir dir("problems-" + std::to_string(getpid()) + "-" + std::to_string(++count), notetype_toml);
  NoteTypes types({dir.root});
  Diagnostics diagnostics;
  CHECK_FALSE(types.find("vocab", diagnostics));
  std::vector<std::string> problems;
  for (const auto& d : diagnostics.all())
    problems.push_back(std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column) + ": " + d.message);
  return problems;
}

const std::string kOneField = "[[field]]\nkey = \"w\"\nname = \"Word\"\n";
const std::string kCard = "front = \"front.html\"\nback = \"back.html\"\n";

}  // namespace

TEST_CASE("a template may have a key, which is checked like a field key") {
  TemplatesDir dir("template-key", "name = \"Vocab\"\n" + kOneField + "[[template]]\nkey = \"recognise\"\nname = \"Recognise\"\n" + kCard);
  NoteTypes types({dir.root});
  Diagnostics diagnostics;
  const NoteType* vocab = types.find("vocab", diagnostics);
  REQUIRE(vocab);
  CHECK(vocab->templates[0].key == "recognise");
  CHECK(vocab->templates[0].front_path == dir.root.generic_string() + "/vocab/front.html");
  CHECK(problems_of("name = \"Vocab\"\n" + kOneField + "[[template]]\nkey = \"Card 1\"\nname = \"A\"\n" + kCard +
                    "[[template]]\nkey = \"b\"\nname = \"B\"\n" + kCard + "[[template]]\nkey = \"b\"\nname = \"C\"\n" + kCard) ==
        std::vector<std::string>{"6:7: template key 'Card 1' may use only a-z, 0-9, '-' and '_'",
                                 "16:7: template key 'b' is defined twice"});
}

TEST_CASE("names Anki would rewrite on import are errors at the name") {
  CHECK(problems_of("name = \"Vocab \"\n" + kOneField + "[[template]]\nname = \"Card\\\"1\"\n" + kCard) ==
        std::vector<std::string>{"1:8: note type name 'Vocab ' starts or ends with a space, which Anki removes on import; remove it",
                                 "6:8: template name 'Card\"1' may not contain \""});
  CHECK(problems_of("name = \"Vocab\"\n" + kOneField + "[[field]]\nkey = \"w2\"\nname = \"Word\"\n" +
                    "[[template]]\nname = \"Card 1\"\n" + kCard + "[[template]]\nname = \"Card 1\"\n" + kCard) ==
        std::vector<std::string>{"7:8: field name 'Word' is used twice; Anki renames the second on import",
                                 "13:8: template name 'Card 1' is used twice; Anki renames the second on import"});
  // Case folding is Unicode's, as Anki's: Greek and accented capitals too.
  CHECK(problems_of("name = \"Vocab\"\n[[field]]\nkey = \"a\"\nname = \"ΛΈΞΗ\"\n[[field]]\nkey = \"b\"\nname = \"λέξη\"\n" +
                    std::string("[[template]]\nname = \"Card 1\"\n") + kCard) ==
        std::vector<std::string>{"7:8: field name 'λέξη' is the same as 'ΛΈΞΗ' ignoring case; Anki renames it on import"});
  CHECK(problems_of("name = \"Vocab\"\n" + kOneField + "[[field]]\nkey = \"w\"\nname = \"Other\"\n" +
                    "[[template]]\nname = \"Card 1\"\n" + kCard) ==
        std::vector<std::string>{"6:7: field key 'w' is defined twice"});
}
