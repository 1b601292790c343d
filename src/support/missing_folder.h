#pragma once
// The outermost folder of a path that does not exist yet: what making the
// path would create, and so what to take away again when nothing is kept.
#include <filesystem>
#include <system_error>

namespace deckpress {

// Empty when `folder` exists. A dangling symbolic link counts as existing.
inline std::filesystem::path first_missing_folder(const std::filesystem::path& folder) {
  std::filesystem::path missing;
  for (std::filesystem::path at = folder; !at.empty(); at = at.parent_path()) {
    std::error_code ec;
    if (std::filesystem::symlink_status(at, ec).type() != std::filesystem::file_type::not_found) break;
    missing = at;
    if (at == at.parent_path()) break;
  }
  return missing;
}

}  // namespace deckpress
