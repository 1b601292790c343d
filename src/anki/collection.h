#pragma once
// collection.anki2: the SQLite database of a package, Anki schema 11.
#include <functional>

#include "anki/package.h"
#include "support/byte_source.h"

namespace deckpress::anki {

// Builds the database and hands its file to `use`. The file is in the
// temporary folder, without a name once SQLite has opened it: a killed build
// leaves nothing behind, and its pages (as large as the deck) stay in the
// kernel's file cache instead of the process's memory. No file system sync
// is paid for a file that is zipped. Midway, `notes_written` gets the file
// as it is once the notes are in: but for its first pages, those bytes do
// not change again (SliceDeflater still checks that they did not). The
// input's notes are released once the collection holds them and their cards.
void with_collection_file(PackageInput& input, const std::function<void(const ByteSource&)>& notes_written,
                          const std::function<void(const ByteSource&)>& use);

}  // namespace deckpress::anki
