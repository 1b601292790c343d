#include "cli/init.h"

#include <ostream>
#include <vector>

#include "build/output_file.h"
#include "build/pipeline.h"
#include "cli/starter_files.h"

namespace deckpress::cli {

namespace fs = std::filesystem;

namespace {

constexpr int kWouldOverwrite = 1;

// A dangling symlink counts as existing: writing would replace it.
std::vector<fs::path> existing_starter_files(const fs::path& dir) {
  std::vector<fs::path> existing;
  for (const StarterFile& file : starter_files())
    if (fs::exists(fs::symlink_status(dir / file.path))) existing.push_back(dir / file.path);
  return existing;
}

void write_starter_files(const fs::path& dir, std::ostream& out) {
  for (const StarterFile& file : starter_files()) {
    fs::path target = dir / file.path;
    fs::create_directories(target.parent_path());
    build::replace_file_contents(target, file.text);
    out << "created " << target.generic_string() << "\n";
  }
}

}  // namespace

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
    err << "deckpress: " << error.what() << "\n";
    return build::io_error;
  }
  out << "next: run `deckpress build` in " << dir.generic_string()
      << " and commit decks/deckpress.lock; README.md explains the CI set-up\n";
  return build::ok;
}

}  // namespace deckpress::cli
