#pragma once
// `deckpress --help` read back: the commands it lists, and each command's
// options with their descriptions, as a user reads them.
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "cli/run.h"

namespace test {

struct HelpEntry {
  std::string label;        // "-o,--output TEXT"
  std::string description;  // "Output folder (default: output)"
};

// The entries of every "Name:" section of a --help text (Options:,
// Positionals:, Subcommands:), in order.
inline std::vector<HelpEntry> help_entries(const std::string& help, const std::string& section) {
  std::vector<HelpEntry> entries;
  std::istringstream lines(help);
  std::string line;
  bool in_section = false;
  static const std::regex entry(R"(^  (\S.*?)(?:\s{2,}(\S.*))?$)");
  static const std::regex continued(R"(^\s{3,}(\S.*)$)");
  std::smatch match;
  while (std::getline(lines, line)) {
    if (line.empty() || line[0] != ' ') {
      in_section = line == section + ":";
      continue;
    }
    if (!in_section) continue;
    if (!entries.empty() && entries.back().description.empty() && std::regex_match(line, match, continued))
      entries.back().description = match[1];
    else if (std::regex_match(line, match, entry))
      entries.push_back({match[1], match[2]});
  }
  return entries;
}

// The subcommands `deckpress --help` lists.
inline std::vector<std::string> listed_commands() {
  std::vector<std::string> names;
  for (const auto& entry : help_entries(run_deckpress("--help").output, "Subcommands")) names.push_back(entry.label);
  return names;
}

// A command's options and positionals, as its --help lists them.
inline std::vector<HelpEntry> command_entries(const std::string& command) {
  std::string help = run_deckpress(command + " --help").output;
  auto entries = help_entries(help, "Options");
  for (auto& positional : help_entries(help, "Positionals")) entries.push_back(positional);
  return entries;
}

}  // namespace test
