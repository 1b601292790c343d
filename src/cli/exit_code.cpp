#include "cli/exit_code.h"

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

}  // namespace deckpress::cli
