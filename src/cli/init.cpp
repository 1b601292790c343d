// `init [DIR]`: a new deck repository with an example deck, a .gitignore,
// the CI workflow of docs/ci.md and a README.
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <set>
#include <vector>

#include "cli/commands.h"
#include "cli/exit_code.h"
#include "cli/starter_files.h"
#include "pipeline/output_file.h"

namespace deckpress::cli {

namespace fs = std::filesystem;

namespace {

constexpr int kWouldOverwrite = 1;

// What stands where a starter file would go: the file itself (a dangling
// symlink counts, writing would replace it), or a file where one of its
// folders would be.
std::optional<fs::path> in_the_way(const fs::path& dir, const fs::path& file) {
  fs::path path;
  for (const auto& part : dir / file) {
    path /= part;
    auto status = fs::symlink_status(path);
    if (path == dir / file ? fs::exists(status) : fs::exists(status) && !fs::is_directory(fs::status(path)))
      return path;
  }
  return std::nullopt;
}

std::vector<fs::path> existing_starter_files(const fs::path& dir) {
  std::set<fs::path> existing;
  for (const StarterFile& file : starter_files())
    if (auto path = in_the_way(dir, file.path)) existing.insert(*path);
  return {existing.begin(), existing.end()};
}

void write_starter_files(const fs::path& dir, std::ostream& out) {
  for (const StarterFile& file : starter_files()) {
    fs::path target = dir / file.path;
    fs::create_directories(target.parent_path());
    pipeline::replace_file_contents(target, file.text);
    out << "created " << target.generic_string() << "\n";
  }
}

// Writes the starter files into `dir`, creating it when missing, and lists
// them on `out`. Never overwrites: when any of them exists already, lists
// those on `err`, writes nothing and returns 1.
int run_init(const fs::path& dir, std::ostream& out, std::ostream& err) {
  try {
    auto existing = existing_starter_files(dir);
    if (!existing.empty()) {
      err << "deckpress: init writes nothing, because these files exist already:\n";
      for (const auto& path : existing) err << "  " << path.generic_string() << "\n";
      return kWouldOverwrite;
    }
    write_starter_files(dir, out);
  } catch (const std::exception& error) {
    return report_failure(error, err);
  }
  out << "next: run `deckpress build` in " << dir.generic_string()
      << " and commit decks/deckpress.lock; README.md explains the CI set-up\n";
  if (repository().empty())
    out << "note: this deckpress was built without its GitHub repository's name: in "
           ".github/workflows/decks.yml, replace <owner> with its owner\n";
  return ok;
}

}  // namespace

Command add_init(CLI::App& app) {
  auto dir = std::make_shared<std::string>(".");
  auto* init = app.add_subcommand("init", "Start a deck repository: example deck, .gitignore, CI workflow");
  init->add_option("dir", *dir, "Folder of the new repository (default: here; created if missing)");
  return {init, [dir] { return run_init(*dir, std::cout, std::cerr); }};
}

}  // namespace deckpress::cli
