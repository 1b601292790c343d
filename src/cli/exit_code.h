#pragma once
// The exit codes of every command, as the README documents them.
#include <exception>
#include <ostream>
#include <span>
#include <string_view>

#include "pipeline/pipeline.h"

namespace deckpress::cli {

enum ExitCode { ok = 0, deck_errors = 1, usage_error = 2, io_error = 3 };

ExitCode exit_code(pipeline::Outcome outcome);

// A failure of the machine (a file that cannot be read or written), caught
// once by the command that met it: said on `err`, and the exit code for it.
ExitCode report_failure(const std::exception& error, std::ostream& err);

struct ExitCodeMeaning {
  ExitCode code;
  std::string_view meaning;
};

// Every exit code with what it means, for --help and the man page.
std::span<const ExitCodeMeaning> exit_code_meanings();

// The table above as the end of `deckpress --help`.
std::string exit_codes_help();

}  // namespace deckpress::cli
