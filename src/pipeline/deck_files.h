#pragma once
// The deck files a command names: files as given, and the *.toml files of
// folders (not recursive), sorted; each once, however often it is named.
#include <filesystem>
#include <string>
#include <vector>

namespace deckpress::pipeline {

struct DeckFiles {
  std::vector<std::filesystem::path> files;
  // One message per input that names no deck: "PATH: no such deck file or folder".
  std::vector<std::string> missing;
};

DeckFiles find_deck_files(const std::vector<std::filesystem::path>& inputs);

}  // namespace deckpress::pipeline
