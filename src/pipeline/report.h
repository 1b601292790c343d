#pragma once
// What a build tells machines: a JSON report (--report) and GitHub Actions
// annotations (--diagnostics github).
#include <string>
#include <vector>

#include "deck/source.h"

namespace deckpress::pipeline {

struct DeckReport {
  std::string file;
  std::string name;
  std::string status;  // "built", "unchanged", "failed", or "checked" by `check`
  std::vector<std::string> outputs;
  size_t notes = 0;
  size_t cards = 0;
  double seconds = 0;
  std::vector<Diagnostic> diagnostics;
};

// `problems`: those outside any deck (a lock file's).
std::string report_json(const std::vector<DeckReport>& decks, const std::vector<Diagnostic>& problems,
                        double seconds);

// "::error file=F,line=L,col=C::message", escaped as GitHub's runner expects.
std::string github_annotation(const Diagnostic& diagnostic);

}  // namespace deckpress::pipeline
