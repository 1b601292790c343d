#pragma once
// Outputs are written to an unnamed file in the target's folder and only
// then given their name, so a failed or killed build (even kill -9) never
// leaves a partial file or replaces a good one.
#include <filesystem>
#include <functional>
#include <string_view>

namespace deckpress::pipeline {

// Replaces `target` atomically with what `write` writes into the file
// descriptor it is given (an empty file, open for reading and writing).
// Throws std::runtime_error naming the file when it cannot, or when `write`
// throws.
void replace_file(const std::filesystem::path& target, const std::function<void(int fd)>& write);

// replace_file with `bytes`.
void replace_file_contents(const std::filesystem::path& target, std::string_view bytes);

}  // namespace deckpress::pipeline
