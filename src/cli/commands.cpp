#include "cli/commands.h"

#include <algorithm>
#include <iostream>
#include <memory>
#include <sstream>

#include <unistd.h>

#include "anki/diff.h"
#include "anki/inspect.h"
#include "build/output_file.h"
#include "cli/init.h"
#include "cli/watch.h"
#include "deck/source.h"
#include "print/options.h"
#include "print/sheet.h"

namespace deckpress::cli {

namespace {

struct Settings {
  build::BuildOptions build;
  std::string only;
  std::string inspect_file;
  std::string init_dir = ".";
  std::vector<std::string> diff_files;
  bool inspect_json = false;
  std::string calibrate_out = "output/calibration.pdf";
};

// Print settings shared by `build` and `calibrate`; they override a deck's [print] table.
void add_print_options(CLI::App& command, print::SheetOptions& sheet) {
  for (const auto& name : print::sheet_setting_names()) {
    std::string flag = "--" + name;
    std::replace(flag.begin(), flag.end(), '_', '-');
    command.add_option_function<std::string>(
        flag, [&sheet, name](const std::string& value) { sheet[name] = value; },
        "Print setting '" + name + "' (see docs/printing.md)");
  }
}

// --diagnostics github: also print problems as GitHub Actions annotations.
void add_diagnostics_option(CLI::App& command, build::BuildOptions& options) {
  command.add_option_function<std::string>(
      "--diagnostics",
      [&options](const std::string& format) { options.github_annotations = format == "github"; },
      "Also print problems for a CI system: github")
      ->check(CLI::IsMember({"gcc", "github"}));
}

void apply_defaults(Settings& settings) {
  if (settings.only == "apkg") settings.build.pdf = false;
  if (settings.only == "pdf") settings.build.apkg = false;
  if (settings.build.inputs.empty()) settings.build.inputs = {"decks"};
}

int run_build(Settings& settings) {
  apply_defaults(settings);
  return build::run_build(settings.build, std::cout, std::cerr);
}

int run_inspect(const Settings& settings) {
  try {
    auto package = anki::inspect_package(settings.inspect_file);
    std::cout << (settings.inspect_json ? anki::to_json(package).dump(2) + "\n"
                                        : anki::format_text(package));
    return build::ok;
  } catch (const std::exception& error) {
    std::cerr << "deckpress: " << error.what() << "\n";
    return build::io_error;
  }
}

// `diff DECK.toml`: the deck as it would build now against its last output,
// built into a scratch folder without touching the lock.
std::pair<std::string, std::string> packages_to_compare(Settings& settings, const std::string& scratch) {
  const auto& files = settings.diff_files;
  if (files.size() == 2) return {files[0], files[1]};
  std::filesystem::path deck = files[0];
  build::BuildOptions options = settings.build;
  options.inputs = {deck};
  options.out_dir = scratch;
  options.pdf = false;
  options.quiet = options.force = true;
  options.save_lock = false;
  std::ostringstream ignored;
  if (build::run_build(options, ignored, std::cerr) != build::ok)
    throw std::runtime_error(deck.generic_string() + " does not build");
  std::string stem = deck.stem().string() + ".apkg";
  return {(settings.build.out_dir / stem).string(), (std::filesystem::path(scratch) / stem).string()};
}

int run_diff(Settings& settings) {
  std::string scratch = (std::filesystem::temp_directory_path() /
                         ("deckpress-diff-" + std::to_string(::getpid()))).string();
  try {
    auto [old_package, new_package] = packages_to_compare(settings, scratch);
    auto diff = anki::diff_packages(anki::inspect_package(old_package), anki::inspect_package(new_package));
    std::filesystem::remove_all(scratch);
    std::cout << (settings.inspect_json ? anki::diff_to_json(diff).dump(2) + "\n"
                                        : anki::format_diff_text(diff));
    return build::ok;
  } catch (const std::exception& error) {
    std::filesystem::remove_all(scratch);
    std::cerr << "deckpress: " << error.what() << "\n";
    return build::io_error;
  }
}

int run_calibrate(Settings& settings) {
  Diagnostics diagnostics;
  auto pdf = print::render_calibration(settings.build.sheet, diagnostics);
  for (const auto& d : diagnostics.all()) std::cerr << "deckpress: " << d.message << "\n";
  if (diagnostics.has_errors()) return build::usage_error;
  try {
    std::filesystem::path out = settings.calibrate_out;
    if (out.has_parent_path()) std::filesystem::create_directories(out.parent_path());
    build::replace_file_contents(out, pdf);
  } catch (const std::exception& error) {
    std::cerr << "deckpress: " << error.what() << "\n";
    return build::io_error;
  }
  std::cout << "wrote " << settings.calibrate_out << "\n";
  return build::ok;
}

}  // namespace

std::function<int()> add_commands(CLI::App& app) {
  auto settings = std::make_shared<Settings>();
  auto& s = *settings;

  auto* build = app.add_subcommand("build", "Turn decks into output/<name>.apkg and .pdf");
  build->add_option("paths", s.build.inputs, "Deck files or folders (default: decks)");
  build->add_option("-o,--output", s.build.out_dir, "Output folder (default: output)");
  build->add_option("--only", s.only, "Write only one kind of output")
      ->check(CLI::IsMember({"apkg", "pdf"}));
  build->add_flag("--locked", s.build.locked,
                  "Fail if deckpress.lock is missing or would change (for CI)");
  build->add_option("--bundle", s.build.bundle,
                    "Also write every deck of a folder into one package NAME.apkg");
  build->add_flag("--preview", s.build.preview,
                  "Also write DIR/<name>.html showing every card as Anki renders it");
  build->add_flag("--force", s.build.force, "Rebuild decks whose inputs did not change");
  build->add_option("-j,--jobs", s.build.jobs, "Decks built at once (default: one per core)");
  build->add_flag("-q,--quiet", s.build.quiet, "No progress line and no per-deck lines");
  build->add_option("--report", s.build.report, "Write a JSON report of the build to FILE");
  add_diagnostics_option(*build, s.build);
  add_print_options(*build, s.build.sheet);

  auto* watch = app.add_subcommand("watch", "Rebuild decks whenever their files change");
  watch->add_option("paths", s.build.inputs, "Deck files or folders (default: decks)");
  watch->add_option("-o,--output", s.build.out_dir, "Output folder (default: output)");
  watch->add_option("--only", s.only, "Write only one kind of output")->check(CLI::IsMember({"apkg", "pdf"}));
  add_print_options(*watch, s.build.sheet);

  auto* preview = app.add_subcommand("preview", "Write only the HTML preview of decks: DIR/<name>.html");
  preview->add_option("paths", s.build.inputs, "Deck files or folders (default: decks)");
  preview->add_option("-o,--output", s.build.out_dir, "Output folder (default: output)");

  auto* check = app.add_subcommand("check", "Validate decks and report every problem; write nothing");
  check->add_option("paths", s.build.inputs, "Deck files or folders (default: decks)");
  check->add_option("--report", s.build.report, "Write a JSON report of the check to FILE");
  add_diagnostics_option(*check, s.build);

  auto* inspect = app.add_subcommand("inspect", "Show what an .apkg package contains");
  inspect->add_option("package", s.inspect_file, "The .apkg file")->required();
  inspect->add_flag("--json", s.inspect_json, "Print JSON instead of text");

  auto* init = app.add_subcommand("init", "Start a deck repository: example deck, .gitignore, CI workflow");
  init->add_option("dir", s.init_dir, "Folder of the new repository (default: here; created if missing)");

  auto* diff = app.add_subcommand(
      "diff", "Show what changed between two packages, or between a deck and its last output");
  diff->add_option("files", s.diff_files, "OLD.apkg NEW.apkg, or DECK.toml")->required()->expected(1, 2);
  diff->add_option("-o,--output", s.build.out_dir, "With DECK.toml: where its last output is (default: output)");
  diff->add_flag("--json", s.inspect_json, "Print JSON instead of text");

  auto* calibrate = app.add_subcommand(
      "calibrate", "Write a calibration sheet to measure your printer's back offset");
  calibrate->add_option("-o,--output", s.calibrate_out, "PDF to write");
  add_print_options(*calibrate, s.build.sheet);

  return [settings, build, watch, preview, check, inspect, init, diff, calibrate]() -> int {
    if (build->parsed()) return run_build(*settings);
    if (preview->parsed()) {
      settings->build.apkg = settings->build.pdf = false;
      settings->build.preview = true;
      return run_build(*settings);
    }
    if (watch->parsed()) {
      apply_defaults(*settings);
      return run_watch(settings->build, std::cout, std::cerr);
    }
    if (check->parsed()) {
      settings->build.write = false;
      return run_build(*settings);
    }
    if (inspect->parsed()) return run_inspect(*settings);
    if (diff->parsed()) return run_diff(*settings);
    if (init->parsed()) return run_init(settings->init_dir, std::cout, std::cerr);
    return run_calibrate(*settings);
  };
}

}  // namespace deckpress::cli
