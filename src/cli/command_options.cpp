#include "cli/command_options.h"

#include <algorithm>

#include "print/options.h"

namespace deckpress::cli {

void add_print_options(CLI::App& command, print::SheetOptions& sheet) {
  for (const auto& name : print::sheet_setting_names()) {
    std::string flag = "--" + name;
    std::replace(flag.begin(), flag.end(), '_', '-');
    command.add_option_function<std::string>(
        flag, [&sheet, name](const std::string& value) { sheet[name] = value; },
        "Print setting '" + name + "' (see docs/printing.md)");
  }
}

void add_selection_options(CLI::App& command, pipeline::Selection& selection) {
  command.add_option("--tags", selection.tags,
                     "Print only notes whose tags match EXPR, e.g. \"python and not easy\" (see docs/printing.md)");
  command.add_option("--notes", selection.notes, "Print only these notes: ids or guids, comma-separated")
      ->delimiter(',');
  command.add_option("--changed-since", selection.changed_since,
                     "Print only notes changed since a git revision or a given lock file");
  command.add_option("--shuffle", selection.shuffle, "Print the cards in an order shuffled by SEED");
}

void add_diagnostics_option(CLI::App& command, pipeline::BuildOptions& options) {
  command.add_option_function<std::string>(
      "--diagnostics",
      [&options](const std::string& format) { options.github_annotations = format == "github"; },
      "Also print problems for a CI system: github")
      ->check(CLI::IsMember({"gcc", "github"}));
}

void add_deck_inputs(CLI::App& command, pipeline::BuildOptions& options) {
  command.add_option("paths", options.inputs, "Deck files or folders (default: decks)");
}

void add_output_folder(CLI::App& command, pipeline::BuildOptions& options) {
  command.add_option("-o,--output", options.out_dir, "Output folder (default: output)");
}

void add_only_option(CLI::App& command, std::string& only) {
  command.add_option("--only", only, "Write only one kind of output")->check(CLI::IsMember({"apkg", "pdf"}));
}

void apply_only(const std::string& only, pipeline::BuildOptions& options) {
  if (only == "apkg") options.pdf = false;
  if (only == "pdf") options.apkg = false;
  if (options.inputs.empty()) options.inputs = {"decks"};
}

}  // namespace deckpress::cli
