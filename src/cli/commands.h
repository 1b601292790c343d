#pragma once
// The subcommands: build, check, inspect, calibrate.
#include <functional>

#include <CLI/CLI.hpp>

#include "build/pipeline.h"

namespace deckpress::cli {

// Registers every subcommand on `app`; the returned function runs the one
// that was parsed and gives the exit code.
std::function<int()> add_commands(CLI::App& app);

}  // namespace deckpress::cli
