// `generate man|bash|zsh|fish` (hidden): the man page or a shell completion
// script on standard output, written from the parser that runs the commands,
// so they list what --help lists. `cmake --install` runs it.
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/reference_docs.h"

namespace deckpress::cli {

Command add_generate(CLI::App& app) {
  auto what = std::make_shared<std::string>();
  auto* generate = app.add_subcommand("generate", "Write the man page or a shell completion script");
  generate->group("");
  generate->add_option("what", *what, "man, bash, zsh or fish")
      ->required()
      ->check(CLI::IsMember({"man", "bash", "zsh", "fish"}));
  return {generate, [&app, what] {
            auto commands = outline_commands(app, "deckpress");
            if (*what == "man") std::cout << man_page(commands, DECKPRESS_VERSION);
            if (*what == "bash") std::cout << bash_completion(commands);
            if (*what == "zsh") std::cout << zsh_completion(commands);
            if (*what == "fish") std::cout << fish_completion(commands);
            return ok;
          }};
}

}  // namespace deckpress::cli
