#pragma once
// GCC-style rendering of diagnostics:
//   decks/x.toml:12:5: error: unknown key 'frnt' in a 'basic' note; did you mean 'front'?
//      12 | frnt = "What is a GIL?"
//         | ^
#include <map>
#include <string>
#include <vector>

#include "deck/source.h"

namespace deckpress {

// Reads source files once and hands out their lines.
class SourceLines {
 public:
  std::string line(const std::string& path, int number);

 private:
  std::map<std::string, std::vector<std::string>> files_;
};

std::string format_diagnostic(const Diagnostic& diagnostic, SourceLines& sources);

}  // namespace deckpress
