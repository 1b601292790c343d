#include "cli/commands.h"

namespace deckpress::cli {

std::vector<Command> add_commands(CLI::App& app) {
  return {add_build(app),   add_watch(app), add_preview(app), add_check(app),
          add_inspect(app), add_init(app),  add_diff(app),    add_calibrate(app),
          add_print(app),   add_generate(app)};
}

}  // namespace deckpress::cli
