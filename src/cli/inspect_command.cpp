// `inspect FILE.apkg`: what a package holds.
#include <iostream>
#include <memory>

#include "anki/inspect.h"
#include "package/read.h"
#include "cli/commands.h"
#include "cli/exit_code.h"

namespace deckpress::cli {

namespace {

struct InspectSettings {
  std::string package;
  bool json = false;
};

int run_inspect(const InspectSettings& settings) {
  try {
    auto contents = package::read_package(settings.package);
    if (settings.json) std::cout << anki::to_json(contents).dump(2) << "\n";
    else anki::write_text(contents, std::cout);
    return ok;
  } catch (const std::exception& error) {
    return report_failure(error, std::cerr);
  }
}

}  // namespace

Command add_inspect(CLI::App& app) {
  auto settings = std::make_shared<InspectSettings>();
  auto* inspect = app.add_subcommand("inspect", "Show what an Anki package (.apkg or .colpkg) contains");
  inspect->add_option("package", settings->package, "The .apkg or .colpkg file")->required()->check(CLI::ExistingFile);
  inspect->add_flag("--json", settings->json, "Print JSON instead of text");
  return {inspect, [settings] { return run_inspect(*settings); }};
}

}  // namespace deckpress::cli
