// `build`, `check` and `preview`: the pipeline, writing everything, nothing,
// or only the HTML preview.
#include <iostream>
#include <memory>

#include "cli/command_options.h"
#include "cli/commands.h"
#include "cli/exit_code.h"

namespace deckpress::cli {

namespace {

struct BuildSettings {
  pipeline::BuildOptions options;
  std::string only;
};

int run_pipeline(BuildSettings& settings) {
  apply_only(settings.only, settings.options);
  return exit_code(pipeline::run_build(settings.options, std::cout, std::cerr));
}

}  // namespace

Command add_build(CLI::App& app) {
  auto settings = std::make_shared<BuildSettings>();
  auto& options = settings->options;
  auto* build = app.add_subcommand("build", "Turn decks into output/<name>.apkg and .pdf");
  add_deck_inputs(*build, options);
  add_output_folder(*build, options);
  add_only_option(*build, settings->only);
  build->add_flag("--locked", options.locked, "Fail if deckpress.lock is missing or would change (for CI)");
  build->add_option("--bundle", options.bundle, "Also write every deck of a folder into one package NAME.apkg");
  build->add_flag("--preview", options.preview,
                  "Also write DIR/<name>.html showing every card as Anki renders it");
  build->add_flag("--force", options.force, "Rebuild decks whose inputs did not change");
  build->add_option("-j,--jobs", options.jobs, "Decks built at once (default: one per core)");
  build->add_flag("-q,--quiet", options.quiet, "No progress line and no per-deck lines");
  build->add_option("--report", options.report, "Write a JSON report of the build to FILE");
  add_diagnostics_option(*build, options);
  add_print_options(*build, options.sheet);
  add_selection_options(*build, options.selection);
  return {build, [settings] { return run_pipeline(*settings); }};
}

Command add_preview(CLI::App& app) {
  auto settings = std::make_shared<BuildSettings>();
  auto* preview = app.add_subcommand("preview", "Write only the HTML preview of decks: DIR/<name>.html");
  add_deck_inputs(*preview, settings->options);
  add_output_folder(*preview, settings->options);
  return {preview, [settings] {
            settings->options.apkg = settings->options.pdf = false;
            settings->options.preview = true;
            return run_pipeline(*settings);
          }};
}

Command add_check(CLI::App& app) {
  auto settings = std::make_shared<BuildSettings>();
  auto* check = app.add_subcommand("check", "Validate decks and report every problem; write nothing");
  add_deck_inputs(*check, settings->options);
  check->add_option("--report", settings->options.report, "Write a JSON report of the check to FILE");
  add_diagnostics_option(*check, settings->options);
  // The same print and selection options as build, so that a CI job can
  // check what its build will be asked to print.
  add_print_options(*check, settings->options.sheet);
  add_selection_options(*check, settings->options.selection);
  return {check, [settings] {
            settings->options.write = false;
            return run_pipeline(*settings);
          }};
}

}  // namespace deckpress::cli
