#pragma once
// Reading a whole file, the one way every stage does it.
#include <filesystem>
#include <optional>
#include <string>

namespace deckpress {

// The file's bytes, or nothing when it cannot be opened or read. Sized from
// the file, so a large deck is read in one allocation and never copied.
std::optional<std::string> read_file_bytes(const std::filesystem::path& path);

}  // namespace deckpress
