#pragma once
// Outputs are written to an unnamed file in the target's folder and only
// then given their name, so a failed or killed build (even kill -9) never
// leaves a partial file or replaces a good one.
#include <filesystem>
#include <functional>
#include <string_view>

namespace deckpress::build {

// Replaces `target` with `bytes` atomically. Throws std::runtime_error
// naming the file when it cannot.
void replace_file_contents(const std::filesystem::path& target, std::string_view bytes);

// For writers that need a path: `write` fills a named temporary file beside
// `target`, which is then renamed over it (removed on failure).
void replace_file(const std::filesystem::path& target,
                  const std::function<void(const std::filesystem::path& temp)>& write);

}  // namespace deckpress::build
