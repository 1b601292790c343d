#pragma once
// The command line as data, read from the CLI11 parser that runs it: the man
// page and the shell completions are written from this, so they list exactly
// the commands and options `--help` lists, with the same words.
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace deckpress::cli {

struct OptionOutline {
  std::vector<std::string> short_names;  // without "-"
  std::vector<std::string> long_names;   // without "--"
  std::string positional_name;           // set for a positional argument
  std::string label;                     // as --help shows it: "-o,--output TEXT"
  std::string description;
  bool takes_value = false;
  bool repeats = false;              // a positional that takes any number of values
  std::vector<std::string> choices;  // the only values allowed, when checked
};

struct CommandOutline {
  std::string name;         // empty for the program itself
  std::string usage;        // "deckpress build [OPTIONS] [paths...]"
  std::string description;
  std::vector<OptionOutline> options;  // positionals last
};

// The program first, then each subcommand --help lists, in its order.
// Hidden subcommands (group "") are left out.
std::vector<CommandOutline> outline_commands(const CLI::App& app, const std::string& program);

}  // namespace deckpress::cli
