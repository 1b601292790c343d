#pragma once
// `deckpress watch`: rebuild decks whenever one of their inputs changes.
#include <iosfwd>

#include "build/pipeline.h"

namespace deckpress::cli {

// Builds once, then again after every change under the input folders (deck
// files, templates/, media) until interrupted. Unchanged decks are skipped
// by the normal incremental build.
int run_watch(const build::BuildOptions& options, std::ostream& out, std::ostream& err);

}  // namespace deckpress::cli
