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

}  // namespace deckpress::cli
