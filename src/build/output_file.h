#pragma once
// Outputs are written to an unnamed file in the target's folder and only
// then given their name, so a failed or killed build (even kill -9) never
// leaves a partial file or replaces a good one.
#include <filesystem>
#include <string_view>

namespace deckpress::build {

// Replaces `target` with `bytes` atomically. Throws std::runtime_error
// naming the file when it cannot.
void replace_file_contents(const std::filesystem::path& target, std::string_view bytes);

}  // namespace deckpress::build
