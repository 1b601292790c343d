#pragma once
// Reads decks, note types, notes and cards out of a schema-11 collection file.
#include <filesystem>

#include "anki/inspect.h"

namespace deckpress::anki {

// Fills everything but the media and the entry name.
void read_collection(const std::filesystem::path& db, PackageContents& contents);

}  // namespace deckpress::anki
