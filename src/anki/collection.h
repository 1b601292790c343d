#pragma once
// collection.anki2: the SQLite database of a package, Anki schema 11.
#include <string>

#include "anki/package.h"

namespace deckpress::anki {

// The database file's bytes, built in memory: a killed build leaves nothing
// on disk, and no file system sync is paid for a file that is zipped anyway.
std::string collection_bytes(const PackageInput& input);

}  // namespace deckpress::anki
