#pragma once
// The exit codes of every command, as the README documents them.
#include "pipeline/pipeline.h"

namespace deckpress::cli {

enum ExitCode { ok = 0, deck_errors = 1, usage_error = 2, io_error = 3 };

ExitCode exit_code(pipeline::Outcome outcome);

}  // namespace deckpress::cli
