#pragma once
// The whole run: find deck files, load and check them, then write each
// deck's package and sheet. `deckpress check` is the same run without writing.
#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

#include "pipeline/selection.h"
#include "print/sheet.h"

namespace deckpress::pipeline {

// How a run ended; the command line turns it into the exit code.
enum class Outcome {
  ok,              // warnings may have been reported
  deck_errors,     // a deck, a lock or --locked found problems in the user's files
  missing_inputs,  // a named deck file or folder does not exist or holds no deck
  bad_options,     // options that cannot work together (a --bundle name)
  write_failed,    // an output could not be written; the previous ones are untouched
};

struct BuildOptions {
  std::vector<std::filesystem::path> inputs;  // deck files or folders
  std::filesystem::path out_dir = "output";
  bool write = true;  // false for `check`
  bool apkg = true;
  bool pdf = true;
  bool preview = false;  // also an HTML page showing every card as Anki would
  bool locked = false;             // fail instead of changing the lock
  bool force = false;              // rebuild decks whose inputs did not change
  bool save_lock = true;           // false: stamp changes for this build only
  bool quiet = false;              // no progress line, no "built" lines
  unsigned jobs = 0;               // decks built at once; 0 = one per core
  std::string bundle;              // one package with every deck, when set
  std::filesystem::path report;    // JSON report, when set
  bool github_annotations = false; // also print diagnostics as workflow commands
  print::SheetOptions sheet;       // command-line print settings
  Selection selection;             // which cards the sheets hold
};

Outcome run_build(const BuildOptions& options, std::ostream& out, std::ostream& err);

}  // namespace deckpress::pipeline
