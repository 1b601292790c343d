#include "cli/exit_code.h"

#include <array>
#include <string>

namespace deckpress::cli {

ExitCode exit_code(pipeline::Outcome outcome) {
  switch (outcome) {
    case pipeline::Outcome::ok: return ok;
    case pipeline::Outcome::deck_errors: return deck_errors;
    case pipeline::Outcome::missing_inputs:
    case pipeline::Outcome::bad_options: return usage_error;
    case pipeline::Outcome::write_failed: return io_error;
  }
  return io_error;
}

ExitCode report_failure(const std::exception& error, std::ostream& err) {
  err << "deckpress: " << error.what() << "\n";
  return io_error;
}

namespace {
constexpr std::array kMeanings{
    ExitCodeMeaning{ok, "success (warnings may have been printed)"},
    ExitCodeMeaning{deck_errors, "a deck has errors (nothing was written for that deck), --locked found the "
                                 "lock out of date, or init found files in the way"},
    ExitCodeMeaning{usage_error, "usage error: unknown command or option, missing argument, an input file or "
                                 "folder that does not exist, a --bundle name that cannot be used"},
    ExitCodeMeaning{io_error, "I/O or internal failure: an output could not be written (that deck failed; its "
                              "previous outputs are untouched)"},
};
}  // namespace

std::span<const ExitCodeMeaning> exit_code_meanings() { return kMeanings; }

std::string exit_codes_help() {
  std::string text = "Exit codes:";
  for (const auto& [code, meaning] : kMeanings)
    text += "\n  " + std::to_string(code) + "  " + std::string(meaning);
  return text;
}

}  // namespace deckpress::cli
