// `diff OLD.apkg NEW.apkg` and `diff DECK.toml`: the changelog between two
// packages, or between a deck and its last output.
#include <iostream>
#include <memory>
#include <sstream>

#include <unistd.h>

#include "anki/diff.h"
#include "package/read.h"
#include "cli/commands.h"
#include "cli/exit_code.h"

namespace deckpress::cli {

namespace {

namespace fs = std::filesystem;

struct DiffSettings {
  std::string first;   // OLD.apkg, or DECK.toml
  std::string second;  // NEW.apkg
  pipeline::BuildOptions options;  // with DECK.toml: where its last output is
  bool json = false;
};

struct Packages {
  std::string old_package, new_package;
};

// The packages to compare, or the exit code that says why there are none.
struct Comparison {
  std::optional<Packages> packages;
  int code = ok;
};

// `diff DECK.toml`: the deck as it would build now, built into `scratch`
// without touching the lock, against its last output. When it does not
// build, its problems are on stderr.
Comparison deck_against_last_output(const DiffSettings& settings, const fs::path& scratch) {
  fs::path deck = settings.first;
  pipeline::BuildOptions options = settings.options;
  options.inputs = {deck};
  options.out_dir = scratch;
  options.pdf = false;
  options.quiet = options.force = true;
  options.save_lock = false;
  std::ostringstream ignored;
  std::string package = deck.stem().string() + ".apkg";
  fs::path last = settings.options.out_dir / package;
  if (!fs::exists(last)) {
    std::cerr << "deckpress: " << last.generic_string() << ": no such file: build the deck first, or name its "
              << "output folder with -o\n";
    return {std::nullopt, usage_error};
  }
  int code = exit_code(pipeline::run_build(options, ignored, std::cerr));
  if (code != ok) return {std::nullopt, code};
  return {Packages{last.string(), (scratch / package).string()}};
}

int print_diff(const DiffSettings& settings, const Packages& packages) {
  auto diff = anki::diff_packages(package::read_package(packages.old_package),
                                 package::read_package(packages.new_package));
  std::cout << (settings.json ? anki::diff_to_json(diff).dump(2) + "\n" : anki::format_diff_text(diff));
  return ok;
}

int run_diff(const DiffSettings& settings) {
  if (settings.second.empty() && fs::path(settings.first).extension() != ".toml") {
    std::cerr << "deckpress: diff compares two packages (OLD.apkg NEW.apkg), or a deck file (DECK.toml) with its "
                 "last output\n";
    return usage_error;
  }
  fs::path scratch = fs::temp_directory_path() / ("deckpress-diff-" + std::to_string(::getpid()));
  Comparison comparison;
  try {
    comparison = settings.second.empty() ? deck_against_last_output(settings, scratch)
                                         : Comparison{Packages{settings.first, settings.second}};
    if (comparison.packages) comparison.code = print_diff(settings, *comparison.packages);
  } catch (const std::exception& error) {
    comparison.code = report_failure(error, std::cerr);
  }
  fs::remove_all(scratch);
  return comparison.code;
}

}  // namespace

Command add_diff(CLI::App& app) {
  auto settings = std::make_shared<DiffSettings>();
  auto* diff = app.add_subcommand(
      "diff", "Show what changed between two packages, or between a deck and its last output");
  diff->add_option("old", settings->first, "OLD.apkg, or DECK.toml to compare with its last output")
      ->required()
      ->check(CLI::ExistingFile);
  diff->add_option("new", settings->second, "NEW.apkg")->check(CLI::ExistingFile);
  diff->add_option("-o,--output", settings->options.out_dir,
                   "With DECK.toml: where its last output is (default: output)");
  diff->add_flag("--json", settings->json, "Print JSON instead of text");
  return {diff, [settings] { return run_diff(*settings); }};
}

}  // namespace deckpress::cli
