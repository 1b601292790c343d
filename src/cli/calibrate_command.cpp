// `calibrate`: a sheet to measure a printer's back-side offset.
#include <iostream>
#include <memory>

#include "cli/command_options.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "pipeline/output_file.h"
#include "print/sheet.h"

namespace deckpress::cli {

namespace {

struct CalibrateSettings {
  print::SheetOptions sheet;
  std::string out = "output/calibration.pdf";
};

int run_calibrate(const CalibrateSettings& settings) {
  Diagnostics diagnostics;
  auto pdf = print::render_calibration(settings.sheet, diagnostics);
  for (const auto& d : diagnostics.all()) std::cerr << "deckpress: " << d.message << "\n";
  if (diagnostics.has_errors()) return usage_error;
  try {
    std::filesystem::path out = settings.out;
    if (out.has_parent_path()) std::filesystem::create_directories(out.parent_path());
    pipeline::replace_file_contents(out, pdf);
  } catch (const std::exception& error) {
    return report_failure(error, std::cerr);
  }
  std::cout << "wrote " << settings.out << "\n";
  return ok;
}

}  // namespace

Command add_calibrate(CLI::App& app) {
  auto settings = std::make_shared<CalibrateSettings>();
  auto* calibrate =
      app.add_subcommand("calibrate", "Write a calibration sheet to measure your printer's back offset");
  calibrate->add_option("-o,--output", settings->out, "PDF to write");
  add_print_options(*calibrate, settings->sheet);
  return {calibrate, [settings] { return run_calibrate(*settings); }};
}

}  // namespace deckpress::cli
