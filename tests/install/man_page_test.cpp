// The man page says what --help says (`deckpress generate man`, installed as
// deckpress.1): every command and option, with the same words.
#include <catch2/catch.hpp>

#include "install/help_text.h"

namespace {

std::string squeezed(const std::string& text) {
  std::string out;
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\t';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  return out;
}

// The man page as `man` shows it, as plain text with spaces squeezed.
std::string rendered_man_page() {
  test::TempDir dir("man-page");
  auto page = test::run_deckpress("generate man > " + dir.str() + "/deckpress.1");
  REQUIRE(page.exit_code == 0);
  auto text = test::run("groff -man -Tascii -P-cbou -rLL=200n " + dir.str() + "/deckpress.1");
  REQUIRE(text.exit_code == 0);
  return squeezed(text.output);
}

}  // namespace

TEST_CASE("the man page has every command --help lists, with its description and usage") {
  std::string man = rendered_man_page();
  auto commands = test::help_entries(test::run_deckpress("--help").output, "Subcommands");
  REQUIRE(commands.size() >= 8);
  for (const auto& command : commands) {
    INFO(command.label);
    CHECK_THAT(man, Catch::Contains(squeezed(command.description)));
    auto usage = test::run_deckpress(command.label + " --help").output;
    auto at = usage.find("Usage: ");
    REQUIRE(at != std::string::npos);
    std::string line = usage.substr(at, usage.find('\n', at) - at);
    line.replace(7, line.find(' ' + command.label) - 7, "deckpress");  // the binary's path
    CHECK_THAT(man, Catch::Contains(line));
  }
  CHECK_THAT(man, !Catch::Contains("generate"));  // hidden, used by the install
}

TEST_CASE("the man page has every option of every command, as its --help shows it") {
  std::string man = rendered_man_page();
  size_t options = 0;
  for (const auto& command : test::listed_commands()) {
    for (const auto& entry : test::command_entries(command)) {
      INFO(command << ": " << entry.label);
      CHECK_THAT(man, Catch::Contains(squeezed(entry.label + " " + entry.description)));
      ++options;
    }
  }
  CHECK(options > 50);
}

TEST_CASE("the man page names the version --version prints and the exit codes --help lists") {
  std::string man = rendered_man_page();
  std::string version = test::run_deckpress("--version").output;
  CHECK_THAT(man, Catch::Contains(squeezed(version)));
  std::string help = test::run_deckpress("--help").output;
  auto exit_codes = help.substr(help.find("Exit codes:"));
  std::istringstream lines(exit_codes);
  std::string line;
  std::getline(lines, line);
  int listed = 0;
  while (std::getline(lines, line)) {
    INFO(line);
    CHECK_THAT(man, Catch::Contains("EXIT STATUS"));
    CHECK_THAT(man, Catch::Contains(squeezed(line)));
    ++listed;
  }
  CHECK(listed == 4);
}
