#pragma once
// The man page and the bash, zsh and fish completion scripts, written from
// the command line's own outline (cli/command_outline.h) by the hidden
// `deckpress generate` command, which `cmake --install` runs.
#include <string>
#include <vector>

#include "cli/command_outline.h"

namespace deckpress::cli {

// The program's outline comes first in `commands`, as outline_commands() gives it.
std::string man_page(const std::vector<CommandOutline>& commands, const std::string& version);
std::string bash_completion(const std::vector<CommandOutline>& commands);
std::string zsh_completion(const std::vector<CommandOutline>& commands);
std::string fish_completion(const std::vector<CommandOutline>& commands);

}  // namespace deckpress::cli
