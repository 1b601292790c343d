// `print PACKAGE`: the printable sheet of any Anki package.
#include <iostream>
#include <memory>

#include "cli/command_options.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "deck/diagnostic_format.h"
#include "pipeline/output_file.h"
#include "pipeline/package_sheet.h"
#include "print/mathjax.h"

namespace deckpress::cli {

namespace {

struct PrintCommand {
  std::string package;
  std::string out;  // default: output/<package name>.pdf
  print::SheetOptions sheet;
  pipeline::Selection selection;
};

int run_print(const PrintCommand& settings) {
  std::filesystem::path out = settings.out;
  if (out.empty()) {
    out = std::filesystem::path("output") / std::filesystem::path(settings.package).stem().concat(".pdf");
  }
  Diagnostics diagnostics;
  std::optional<std::string> pdf;
  // Formulas are kept beside the sheet, as a build keeps them in its output folder.
  print::MathJax math(out.parent_path() / ".deckpress" / "math");
  try {
    pdf = pipeline::package_sheet(settings.package, settings.selection, settings.sheet, diagnostics, &math);
  } catch (const std::exception& error) {
    return report_failure(error, std::cerr);
  }
  SourceLines sources;
  for (const Diagnostic& d : diagnostics.all()) std::cerr << format_diagnostic(d, sources) << "\n";
  if (!pdf) return deck_errors;
  try {
    if (out.has_parent_path()) std::filesystem::create_directories(out.parent_path());
    pipeline::replace_file_contents(out, *pdf);
  } catch (const std::exception& error) {
    return report_failure(error, std::cerr);
  }
  std::cout << "wrote " << out.generic_string() << "\n";
  return ok;
}

}  // namespace

Command add_print(CLI::App& app) {
  auto settings = std::make_shared<PrintCommand>();
  auto* print = app.add_subcommand("print", "Write the printable sheet of any Anki package (.apkg)");
  print->add_option("package", settings->package, "The .apkg file")->required();
  print->add_option("-o,--output", settings->out, "PDF to write (default: output/<package name>.pdf)");
  add_print_options(*print, settings->sheet);
  add_selection_options(*print, settings->selection);
  return {print, [settings] { return run_print(*settings); }};
}

}  // namespace deckpress::cli
