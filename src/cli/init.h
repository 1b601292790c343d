#pragma once
// `deckpress init [DIR]`: a new deck repository with an example deck, a
// .gitignore, the CI workflow of docs/ci.md and a README.
#include <filesystem>
#include <iosfwd>

namespace deckpress::cli {

// Writes the starter files into `dir`, creating it when missing, and lists
// them on `out`. Never overwrites: when any of them exists already, lists
// those on `err`, writes nothing and returns 1. Returns 3 when a file cannot
// be written, 0 otherwise.
int run_init(const std::filesystem::path& dir, std::ostream& out, std::ostream& err);

}  // namespace deckpress::cli
