#pragma once
// The files `deckpress init` writes into a new deck repository.
#include <span>
#include <string_view>

namespace deckpress::cli {

struct StarterFile {
  std::string_view path;  // relative to the new repository
  std::string_view text;
};

// In the order they are written and listed.
std::span<const StarterFile> starter_files();

// The GitHub repository (owner/name) of deckpress whose Action the workflow
// uses, as the build was told; empty when it was not, and the workflow then
// names <owner>/deckpress for the user to fill in.
std::string_view repository();

}  // namespace deckpress::cli
