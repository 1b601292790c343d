#include "pipeline/repository.h"

namespace deckpress::pipeline {

namespace fs = std::filesystem;

namespace {

fs::path absolute_of(const fs::path& path) {
  std::error_code ec;
  fs::path absolute = fs::weakly_canonical(path.empty() ? fs::path(".") : path, ec);
  return ec ? fs::absolute(path).lexically_normal() : absolute;
}

}  // namespace

fs::path find_repository(const fs::path& deck_dir) {
  std::error_code ec;
  fs::path dir = absolute_of(deck_dir);
  int nearest_lock = -1;  // how many levels up
  for (int up = 0;; ++up) {
    if (nearest_lock < 0 && fs::exists(dir / "deckpress.lock", ec)) nearest_lock = up;
    if (fs::exists(dir / ".git", ec)) break;
    if (dir == dir.root_path()) return deck_dir;  // in no git work tree
    dir = dir.parent_path();
  }
  if (nearest_lock <= 0) return deck_dir;
  fs::path found = deck_dir.empty() ? fs::path(".") : deck_dir;
  for (int up = 0; up < nearest_lock; ++up) found /= "..";
  found = found.lexically_normal();  // "decks/chem/.." is "decks/": drop the separator
  return found.has_filename() || !found.has_relative_path() ? found : found.parent_path();
}

std::string lock_name(const fs::path& deck_file, const fs::path& repository) {
  fs::path file = absolute_of(deck_file.parent_path()) / deck_file.filename();
  fs::path relative = file.lexically_relative(absolute_of(repository));
  if (relative.empty()) relative = deck_file.filename();
  return relative.replace_extension().generic_string();
}

}  // namespace deckpress::pipeline
