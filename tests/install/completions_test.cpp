// The shell completions (`deckpress generate bash|zsh|fish`, installed for
// each shell) complete the commands and options --help lists.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "install/help_text.h"

namespace {

using Words = std::set<std::string>;

Words words_of(const std::string& text) {
  Words words;
  std::istringstream in(text);
  for (std::string word; in >> word;) words.insert(word);
  return words;
}

// The options a command's --help lists, as typed: -o and --output.
Words typed_options(const std::string& command) {
  Words options;
  for (const auto& entry : test::command_entries(command)) {
    std::string names = entry.label.substr(0, entry.label.find(' '));
    if (names[0] != '-') continue;  // a positional
    std::replace(names.begin(), names.end(), ',', ' ');
    for (const auto& name : words_of(names)) options.insert(name);
  }
  return options;
}

class Completions {
 public:
  explicit Completions(const std::string& shell) : dir_("completion-" + shell) {
    script_ = dir_.str() + (shell == "zsh" ? "/_deckpress" : "/deckpress-completion");
    REQUIRE(test::run_deckpress("generate " + shell + " > " + script_).exit_code == 0);
  }
  const std::string& script() const { return script_; }

  // What bash offers for `line` (the word being completed is its last).
  Words bash(const std::string& line) const {
    std::string command = "source " + script_ + "; read -ra COMP_WORDS <<< '" + line + "'; " +
                          (line.back() == ' ' ? "COMP_WORDS+=(''); " : "") +
                          "COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _deckpress; printf '%s\\n' \"${COMPREPLY[@]}\"";
    auto result = test::run("bash --norc -c '" + quoted(command) + "'");
    REQUIRE(result.exit_code == 0);
    return words_of(result.output);
  }

  // What fish offers for `line`: the first word of each of its lines.
  Words fish(const std::string& line) const {
    auto result = test::run("fish --no-config -c 'source " + script_ + "; complete -C \"" + line + "\"'");
    REQUIRE(result.exit_code == 0);
    Words words;
    std::istringstream in(result.output);
    for (std::string entry; std::getline(in, entry);) words.insert(entry.substr(0, entry.find('\t')));
    return words;
  }

  // What zsh offers for each of `lines`, typed with TAB in one interactive zsh.
  std::vector<Words> zsh(const std::vector<std::string>& lines) const {
    std::string command = "zsh -f " TESTS_DIR "/install/zsh_complete.zsh " + dir_.str();
    for (const auto& line : lines) command += " '" + line + "'";
    auto result = test::run(command);
    REQUIRE(result.exit_code == 0);
    std::vector<Words> offered(1);
    std::istringstream in(result.output);
    for (std::string word; in >> word;) {
      if (word == "--") offered.emplace_back();
      else offered.back().insert(word);
    }
    offered.pop_back();
    REQUIRE(offered.size() == lines.size());
    return offered;
  }

 private:
  static std::string quoted(const std::string& text) {
    std::string out;
    for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out;
  }
  test::TempDir dir_;
  std::string script_;
};

}  // namespace

TEST_CASE("bash completes every command, and every option of each, as --help lists them") {
  Completions completions("bash");
  auto commands = test::listed_commands();
  CHECK(completions.bash("deckpress ") == Words(commands.begin(), commands.end()));
  CHECK(completions.bash("deckpress bu") == Words{"build"});
  CHECK(completions.bash("deckpress -") == Words{"-h", "--help", "--version"});
  for (const auto& command : commands) {
    INFO(command);
    CHECK(completions.bash("deckpress " + command + " -") == typed_options(command));
  }
}

TEST_CASE("bash completes the values an option allows, and files elsewhere") {
  Completions completions("bash");
  CHECK(completions.bash("deckpress build --only ") == Words{"apkg", "pdf"});
  CHECK(completions.bash("deckpress check --diagnostics g") == Words{"gcc", "github"});
  test::TempDir dir("completion-files");
  dir.write("decks/python.toml", "");
  CHECK(completions.bash("deckpress build " + dir.str() + "/decks/py") == Words{dir.str() + "/decks/python.toml"});
  CHECK(completions.bash("deckpress build -o " + dir.str() + "/de") == Words{dir.str() + "/decks"});
}

TEST_CASE("fish completes every command, and every option of each, as --help lists them") {
  Completions completions("fish");
  auto commands = test::listed_commands();
  CHECK(completions.fish("deckpress ") == Words(commands.begin(), commands.end()));
  CHECK(completions.fish("deckpress build --only ") == Words{"apkg", "pdf"});
  for (const auto& command : commands) {
    INFO(command);
    Words long_options;
    for (const auto& option : typed_options(command))
      if (option.rfind("--", 0) == 0) long_options.insert(option);
    CHECK(completions.fish("deckpress " + command + " --") == long_options);
  }
}

TEST_CASE("zsh completes every command, and every option of each, as --help lists them") {
  Completions completions("zsh");
  auto check = test::run("zsh -n " + completions.script());
  CHECK(check.output == "");
  CHECK(check.exit_code == 0);
  auto commands = test::listed_commands();
  std::vector<std::string> lines{"deckpress ", "deckpress build --only "};
  for (const auto& command : commands) lines.push_back("deckpress " + command + " -");
  auto offered = completions.zsh(lines);
  CHECK(offered[0] == Words(commands.begin(), commands.end()));
  CHECK(offered[1] == Words{"apkg", "pdf"});
  for (size_t i = 0; i < commands.size(); ++i) {
    INFO(commands[i]);
    CHECK(offered[i + 2] == typed_options(commands[i]));
  }
}
