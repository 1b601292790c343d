#pragma once
// Finds media references in field HTML the way Anki's importer does: the
// src/data attribute of <img>, <audio>, <video>, <source> and <object>
// tags, and [sound:name] anywhere in the text.
#include <optional>
#include <string_view>

namespace deckpress::text {

struct MediaSpot {
  size_t begin = 0;        // the whole reference: a tag or [sound:...]
  size_t end = 0;
  size_t name_begin = 0;   // the file name as written, still HTML-encoded
  size_t name_end = 0;
};

std::optional<MediaSpot> find_media_tag(std::string_view html, size_t from);
std::optional<MediaSpot> find_sound_tag(std::string_view html, size_t from);

// The next reference of either kind at or after `from`.
std::optional<MediaSpot> find_media_ref(std::string_view html, size_t from);

}  // namespace deckpress::text
