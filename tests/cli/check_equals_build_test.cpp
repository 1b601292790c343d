// `check` reports exactly what `build` reports, warnings included: for every
// deck under tests/, the repository's decks and a generated corpus, the two
// give the same set of (file, line, column, severity, message).
#include <catch2/catch.hpp>

#include <algorithm>
#include <iterator>
#include <set>

#include <nlohmann/json.hpp>

#include "cli/run.h"

namespace fs = std::filesystem;
using test::read_file;
using test::run_deckpress;
using test::write_file;

namespace {

// "file:line:column: severity: message"
using Problem = std::string;

// Every problem of a --report, the decks' and the locks'.
std::set<Problem> problems_in(const fs::path& report) {
  auto json = nlohmann::json::parse(read_file(report));
  std::set<Problem> problems;
  auto add = [&](const nlohmann::json& d) {
    problems.insert(d["file"].get<std::string>() + ":" + std::to_string(d["line"].get<int>()) + ":" +
                    std::to_string(d["column"].get<int>()) + ": " + d["severity"].get<std::string>() + ": " +
                    d["message"].get<std::string>());
  };
  for (const auto& d : json["diagnostics"]) add(d);
  for (const auto& deck : json["decks"])
    for (const auto& d : deck["diagnostics"]) add(d);
  return problems;
}

std::vector<Problem> only_in(const std::set<Problem>& these, const std::set<Problem>& others) {
  std::vector<Problem> only;
  std::set_difference(these.begin(), these.end(), others.begin(), others.end(), std::back_inserter(only));
  return only;
}

// The folders under `root` that hold deck files (not note types' folders).
std::vector<fs::path> deck_folders(const fs::path& root) {
  std::set<fs::path> folders;
  for (const auto& entry : fs::recursive_directory_iterator(root))
    if (entry.path().extension() == ".toml" && entry.path().filename() != "notetype.toml")
      folders.insert(entry.path().parent_path());
  return {folders.begin(), folders.end()};
}

// Checks, then builds, a copy of `source`'s deck folders; both reports' problems.
// `options` are given to both.
std::pair<std::set<Problem>, std::set<Problem>> check_and_build(const fs::path& source, const std::string& options = "") {
  test::TempDir dir("check-build");
  fs::copy(source, dir.path() / "decks", fs::copy_options::recursive);
  std::string inputs = options;
  for (const auto& folder : deck_folders(dir.path() / "decks")) inputs += " " + folder.string();
  run_deckpress("check" + inputs + " --report " + dir.str() + "/check.json");
  run_deckpress("build" + inputs + " -o " + dir.str() + "/out --report " + dir.str() + "/build.json");
  return {problems_in(dir.path() / "check.json"), problems_in(dir.path() / "build.json")};
}

// Decks with every kind of warning and late error: text that does not fit,
// characters no font has (shaped scripts and emoji have one), print
// settings, fonts, media, guids, a lock.
void write_corpus(const fs::path& dir) {
  std::string long_text;
  for (int i = 0; i < 3000; ++i) long_text += "word ";
  const std::string header = "[deck]\nname = \"Corpus ";
  write_file(dir / "fit.toml", header + "fit\"\n[[note]]\nid = \"f\"\nfront = \"Q\"\nback = \"" + long_text + "\"\n");
  write_file(dir / "scripts.toml", header + "scripts\"\n[[note]]\nid = \"s\"\nfront = \"नमस्ते 😀\"\nback = \"ሰላም \\U0010FFFD\"\n");
  write_file(dir / "print.toml", header + "print\"\n[print]\nunknown = 1\nfonts = \"missing.ttf\"\n"
                                          "[[note]]\nid = \"p\"\nfront = \"Q\"\nback = \"A\"\n");
  write_file(dir / "media.toml", header + "media\"\n[[note]]\nid = \"m\"\nfront = \"![x](gone.png)\"\n"
                                          "back = \"![y](notes.txt) <img src=\\\"raw.png\\\">\"\nallow_html = true\n");
  write_file(dir / "guids.toml", header + "guids\"\n[[note]]\nfront = \"Same\"\nback = \"1\"\n"
                                          "[[note]]\nfront = \"Same\"\nback = \"2\"\n");
  write_file(dir / "lock/deck.toml", header + "lock\"\n[[note]]\nid = \"l\"\nfront = \"Q\"\nback = \"A\"\n");
  write_file(dir / "lock/deckpress.lock", "note x deck h 1 1\nbroken line\n");
}

}  // namespace

TEST_CASE("check and build report the same problems for every deck under tests/ and of the repository") {
  for (const char* folder : {TESTS_DIR "/deck/bad", TESTS_DIR "/schema/cases", TESTS_DIR "/fuzz-regressions",
                             PROJECT_DIR "/decks"}) {
    INFO(folder);
    auto [checked, built] = check_and_build(folder);
    CHECK(only_in(checked, built) == std::vector<Problem>{});
    CHECK(only_in(built, checked) == std::vector<Problem>{});
    if (std::string(folder) != PROJECT_DIR "/decks") CHECK_FALSE(checked.empty());
  }
}

TEST_CASE("check and build report the same problems for a corpus of late errors and warnings") {
  test::TempDir corpus("corpus");
  write_corpus(corpus.path());
  auto [checked, built] = check_and_build(corpus.path());
  CHECK(only_in(checked, built) == std::vector<Problem>{});
  CHECK(only_in(built, checked) == std::vector<Problem>{});
  // Each kind is really there, so the comparison is not of two empty sets.
  for (const char* expected : {"does not fit", "no font has", "unknown print setting",
                               "font 'missing.ttf' cannot be used", "not found", "unsupported media type",
                               "Anki would take them for one note", "this line is not"}) {
    INFO(expected);
    CHECK(std::any_of(checked.begin(), checked.end(),
                      [&](const std::string& problem) { return problem.find(expected) != std::string::npos; }));
  }
}

TEST_CASE("check takes build's print and selection options and reports the same problems with them") {
  test::TempDir corpus("options");
  write_file(corpus.path() / "deck.toml", "[deck]\nname = \"Options\"\n[[note]]\nid = \"o\"\nfront = \"Q\"\nback = \"A\"\n");
  auto [checked, built] = check_and_build(corpus.path(), " --paper zz --tags \"(python\" --sides list");
  CHECK(checked == built);
  CHECK(checked.size() == 2);
  CHECK(std::any_of(checked.begin(), checked.end(),
                    [](const std::string& problem) { return problem.find("print setting 'paper' is \"zz\"") != std::string::npos; }));
}
