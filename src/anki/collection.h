#pragma once
// collection.anki2: the SQLite database of a package, Anki schema 11.
#include <functional>
#include <string_view>

#include "anki/package.h"

namespace deckpress::anki {

// Builds the database in memory and hands its file's bytes to `use`: a killed
// build leaves nothing on disk, no file system sync is paid for a file that
// is zipped anyway, and the bytes are not copied (they are as large as the
// deck). They live only during the call.
void with_collection_bytes(const PackageInput& input, const std::function<void(std::string_view)>& use);

}  // namespace deckpress::anki
