#pragma once
// Files as data: URIs, so the page needs nothing beside it.
#include <filesystem>
#include <optional>
#include <string>

namespace deckpress::preview {

// The media type browsers expect for the file's extension (any case);
// application/octet-stream when it is not a known image, audio or video type.
std::string media_type(const std::filesystem::path& file);

// "data:<type>;base64,<content>", or nothing when the file cannot be read.
std::optional<std::string> data_uri(const std::filesystem::path& file);

}  // namespace deckpress::preview
