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
  std::vector<std::string> files;
  pipeline::BuildOptions options;  // with DECK.toml: where its last output is
  bool json = false;
};

// `diff DECK.toml`: the deck as it would build now against its last output,
// built into a scratch folder without touching the lock.
std::pair<std::string, std::string> packages_to_compare(const DiffSettings& settings, const fs::path& scratch) {
  const auto& files = settings.files;
  if (files.size() == 2) return {files[0], files[1]};
  fs::path deck = files[0];
  pipeline::BuildOptions options = settings.options;
  options.inputs = {deck};
  options.out_dir = scratch;
  options.pdf = false;
  options.quiet = options.force = true;
  options.save_lock = false;
  std::ostringstream ignored;
  if (pipeline::run_build(options, ignored, std::cerr) != pipeline::Outcome::ok)
    throw std::runtime_error(deck.generic_string() + " does not build");
  std::string stem = deck.stem().string() + ".apkg";
  return {(settings.options.out_dir / stem).string(), (scratch / stem).string()};
}

int run_diff(const DiffSettings& settings) {
  fs::path scratch = fs::temp_directory_path() / ("deckpress-diff-" + std::to_string(::getpid()));
  try {
    auto [old_package, new_package] = packages_to_compare(settings, scratch);
    auto diff = anki::diff_packages(package::read_package(old_package), package::read_package(new_package));
    fs::remove_all(scratch);
    std::cout << (settings.json ? anki::diff_to_json(diff).dump(2) + "\n" : anki::format_diff_text(diff));
    return ok;
  } catch (const std::exception& error) {
    fs::remove_all(scratch);
    std::cerr << "deckpress: " << error.what() << "\n";
    return io_error;
  }
}

}  // namespace

Command add_diff(CLI::App& app) {
  auto settings = std::make_shared<DiffSettings>();
  auto* diff = app.add_subcommand(
      "diff", "Show what changed between two packages, or between a deck and its last output");
  diff->add_option("files", settings->files, "OLD.apkg NEW.apkg, or DECK.toml")->required()->expected(1, 2);
  diff->add_option("-o,--output", settings->options.out_dir,
                   "With DECK.toml: where its last output is (default: output)");
  diff->add_flag("--json", settings->json, "Print JSON instead of text");
  return {diff, [settings] { return run_diff(*settings); }};
}

}  // namespace deckpress::cli
