#pragma once
// The media of a package: entries "0", "1", ... and the map naming them.
#include <string>
#include <vector>

#include "anki/package.h"
#include "anki/zip_writer.h"

namespace deckpress::anki {

// The media sorted by name: a file's entry is its index in this order.
std::vector<const MediaFile*> media_in_entry_order(const std::vector<MediaFile>& media);

// {"0":"a.png","1":"b.mp3"}, or {} without media.
std::string media_map_json(const std::vector<const MediaFile*>& ordered);

// Already-compressed formats are stored; deflating them only costs time.
Compression media_compression(const std::string& name);

}  // namespace deckpress::anki
