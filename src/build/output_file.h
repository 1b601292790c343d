#pragma once
// Outputs are written beside their final name and renamed into place, so a
// failed or killed build never leaves a partial file or replaces a good one.
#include <filesystem>
#include <functional>
#include <string_view>

namespace deckpress::build {

// Calls `write` with a temporary path in the same folder as `target`, then
// renames it to `target`. On any failure the temporary file is removed and
// std::runtime_error names the file.
void replace_file(const std::filesystem::path& target,
                  const std::function<void(const std::filesystem::path& temp)>& write);

void replace_file_contents(const std::filesystem::path& target, std::string_view bytes);

}  // namespace deckpress::build
