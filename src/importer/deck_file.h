#pragma once
// The text of an imported deck file.
#include <string>

#include "importer/plan.h"

namespace deckpress::importer {

// The directory name of the media folder, beside the deck files.
inline constexpr const char* media_folder_name = "media";

// `markdown`: the deck's format is Markdown (import --markdown), and its
// notes carry Markdown where ImportedNote::markdown has it, HTML elsewhere.
std::string deck_file_text(const DeckFile& deck, const std::string& package_name, bool markdown);

}  // namespace deckpress::importer
