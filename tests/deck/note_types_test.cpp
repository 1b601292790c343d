#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

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
