// deckpress: TOML flashcard decks to Anki packages and printable sheets.
#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/exit_code.h"

int main(int argc, char** argv) {
  CLI::App app{"deckpress: turn TOML flashcard decks into Anki packages (.apkg) and printable "
               "PDF flashcard sheets."};
  app.set_version_flag("--version", std::string("deckpress ") + DECKPRESS_VERSION);
  app.require_subcommand(1);
  app.footer(deckpress::cli::exit_codes_help());
  auto commands = deckpress::cli::add_commands(app);
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
