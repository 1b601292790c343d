// deckpress: TOML flashcard decks to Anki packages and printable sheets.
#include <iostream>
#include <string>

#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/exit_code.h"

namespace {

// CLI11 would say only that a subcommand is required.
bool unknown_command(const CLI::App& app, int argc, char** argv) {
  if (argc < 2 || argv[1][0] == '-') return false;
  std::string names;
  for (const CLI::App* command : app.get_subcommands({})) {
    if (command->get_name() == argv[1]) return false;
    if (!command->get_group().empty())  // not the hidden ones
      names += (names.empty() ? "" : ", ") + command->get_name();
  }
  std::cerr << "deckpress: unknown command '" << argv[1] << "'; the commands are " << names
            << " (deckpress --help)\n";
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"deckpress: turn TOML flashcard decks into Anki packages (.apkg) and printable "
               "PDF flashcard sheets."};
  app.set_version_flag("--version", std::string("deckpress ") + DECKPRESS_VERSION);
  app.require_subcommand(1);
  app.footer(deckpress::cli::exit_codes_help());
  auto commands = deckpress::cli::add_commands(app);
  if (unknown_command(app, argc, argv)) return deckpress::cli::usage_error;
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    int code = app.exit(error);
    return code == 0 ? deckpress::cli::ok : deckpress::cli::usage_error;
  }
  for (const auto& command : commands)
    if (command.parser->parsed()) return command.run();
  return deckpress::cli::usage_error;
}
