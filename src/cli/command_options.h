#pragma once
// Options that several subcommands share.
#include <string>

#include <CLI/CLI.hpp>

#include "pipeline/pipeline.h"

namespace deckpress::cli {

// Print settings shared by `build`, `watch` and `calibrate`; they override a
// deck's [print] table.
void add_print_options(CLI::App& command, print::SheetOptions& sheet);

// --tags, --notes, --changed-since and --shuffle: which cards a sheet holds.
void add_selection_options(CLI::App& command, pipeline::Selection& selection);

// --diagnostics github: also print problems as GitHub Actions annotations.
void add_diagnostics_option(CLI::App& command, pipeline::BuildOptions& options);

// The deck files or folders to work on.
void add_deck_inputs(CLI::App& command, pipeline::BuildOptions& options);

// -o DIR, where the outputs go.
void add_output_folder(CLI::App& command, pipeline::BuildOptions& options);

// --only apkg|pdf, applied once parsed by apply_only().
void add_only_option(CLI::App& command, std::string& only);

// Turns --only into the kinds written, and defaults the inputs to decks/.
void apply_only(const std::string& only, pipeline::BuildOptions& options);

}  // namespace deckpress::cli
