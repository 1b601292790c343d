#pragma once
// collection.anki2: the SQLite database of a package, Anki schema 11.
#include <filesystem>

#include "anki/package.h"

namespace deckpress::anki {

// Writes the database into `db`, an empty or absent file.
void write_collection(const PackageInput& input, const std::filesystem::path& db);

}  // namespace deckpress::anki
