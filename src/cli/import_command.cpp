// `import PACKAGE [-o DIR] [--markdown] [--force]`: an Anki package turned
// into a deck repository that keeps its notes' identities.
#include <iostream>
#include <memory>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "importer/import.h"

namespace deckpress::cli {

namespace {

struct ImportSettings {
  std::string package;
  importer::ImportOptions options;
};

void report(const ImportSettings& settings, const importer::ImportSummary& summary, std::ostream& out,
            std::ostream& err) {
  for (const std::string& warning : summary.warnings) err << "deckpress: warning: " << warning << "\n";
  out << fmt::format("imported {} notes, {} note type{} and {} media file{} into {}\n", summary.notes,
                     summary.note_types, summary.note_types == 1 ? "" : "s", summary.media_files,
                     summary.media_files == 1 ? "" : "s", settings.options.repository.generic_string());
  for (const std::string& deck : summary.deck_files) out << "  " << deck << "\n";
  if (summary.markdown)
    out << fmt::format("--markdown: {} notes converted to Markdown, {} partly (the fields Markdown cannot "
                       "give back byte for byte stay HTML), {} kept in HTML\n",
                       summary.markdown->notes, summary.markdown->partly_html,
                       summary.notes - summary.markdown->notes - summary.markdown->partly_html);
  out << fmt::format("{} file{} written. Next: commit them, then `deckpress build {}/decks`\n",
                     summary.written.size(), summary.written.size() == 1 ? "" : "s",
                     settings.options.repository.generic_string());
}

int run_import(const ImportSettings& settings) {
  try {
    report(settings, importer::import_package(settings.package, settings.options), std::cout, std::cerr);
    return ok;
  } catch (const importer::ImportConflict& conflict) {
    std::cerr << "deckpress: import: " << conflict.what() << "\n";
    return deck_errors;
  } catch (const std::exception& error) {
    return report_failure(error, std::cerr);
  }
}

}  // namespace

Command add_import(CLI::App& app) {
  auto settings = std::make_shared<ImportSettings>();
  auto* command = app.add_subcommand("import", "Turn an Anki package into a deck repository that keeps its notes' identities");
  command->add_option("package", settings->package, "The .apkg or .colpkg file")->required()->check(CLI::ExistingFile);
  command->add_option("-o,--output", settings->options.repository,
                      "The repository to write or add to (default: here); decks go in DIR/decks");
  command->add_flag("--markdown", settings->options.markdown,
                    "Write fields as Markdown where it builds back to the same HTML byte for byte");
  command->add_flag("--force", settings->options.force, "Overwrite files that exist with other content");
  return {command, [settings] { return run_import(*settings); }};
}

}  // namespace deckpress::cli
