// `inspect FILE.apkg`: what a package holds.
#include <iostream>
#include <memory>

#include "anki/inspect.h"
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
    auto package = anki::inspect_package(settings.package);
    std::cout << (settings.json ? anki::to_json(package).dump(2) + "\n" : anki::format_text(package));
    return ok;
  } catch (const std::exception& error) {
    std::cerr << "deckpress: " << error.what() << "\n";
    return io_error;
  }
}

}  // namespace

Command add_inspect(CLI::App& app) {
  auto settings = std::make_shared<InspectSettings>();
  auto* inspect = app.add_subcommand("inspect", "Show what an .apkg package contains");
  inspect->add_option("package", settings->package, "The .apkg file")->required()->check(CLI::ExistingFile);
  inspect->add_flag("--json", settings->json, "Print JSON instead of text");
  return {inspect, [settings] { return run_inspect(*settings); }};
}

}  // namespace deckpress::cli
