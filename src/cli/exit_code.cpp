#include "cli/exit_code.h"

#include <array>
#include <string>

namespace deckpress::cli {

ExitCode exit_code(pipeline::Outcome outcome) {
  switch (outcome) {
    case pipeline::Outcome::ok: return ok;
    case pipeline::Outcome::deck_errors: return deck_errors;
    case pipeline::Outcome::missing_inputs: return usage_error;
    case pipeline::Outcome::write_failed: return io_error;
  }
  return io_error;
}

namespace {
constexpr std::array kMeanings{
    ExitCodeMeaning{ok, "success (warnings may have been printed)"},
    ExitCodeMeaning{deck_errors, "the decks have errors (nothing was written for those decks), or "
                                 "--locked found the lock out of date"},
    ExitCodeMeaning{usage_error, "usage error: unknown option, missing argument, a path that does not exist"},
    ExitCodeMeaning{io_error, "I/O or internal failure: an output could not be written; previous "
                              "outputs are untouched"},
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
