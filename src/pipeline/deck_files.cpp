#include "pipeline/deck_files.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

namespace deckpress::pipeline {

namespace fs = std::filesystem;

namespace {

// A deck named twice (decks, and decks/a.toml) is built once.
void drop_repeats(std::vector<fs::path>& files) {
  std::set<fs::path> seen;
  std::erase_if(files, [&](const fs::path& file) {
    std::error_code ec;
    fs::path canonical = fs::weakly_canonical(file, ec);
    return !seen.insert(ec ? file : canonical).second;
  });
}

}  // namespace

DeckFiles find_deck_files(const std::vector<fs::path>& inputs) {
  DeckFiles found;
  for (const auto& input : inputs) {
    std::error_code ec;
    if (fs::is_directory(input, ec)) {
      std::vector<fs::path> decks;
      for (const auto& entry : fs::directory_iterator(input, ec))
        if (entry.path().extension() == ".toml" && entry.is_regular_file()) decks.push_back(entry.path());
      if (decks.empty())
        found.missing.push_back(fmt::format("{}: no deck files (*.toml) in this folder", input.generic_string()));
      std::sort(decks.begin(), decks.end());
      found.files.insert(found.files.end(), decks.begin(), decks.end());
    } else if (fs::is_regular_file(input, ec)) {
      found.files.push_back(input);
    } else {
      found.missing.push_back(fmt::format("{}: no such deck file or folder", input.generic_string()));
    }
  }
  drop_repeats(found.files);
  return found;
}

}  // namespace deckpress::pipeline
