#include "anki/media.h"

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>
#include <string_view>

namespace deckpress::anki {
namespace {

constexpr std::array<std::string_view, 11> compressed_extensions = {
    "png", "jpg", "jpeg", "gif", "webp", "mp3", "ogg", "oga", "opus", "mp4", "webm"};

// ASCII-only lowering: file extensions, and no dependence on the locale.
std::string lowercase_extension(const std::string& name) {
  const size_t dot = name.rfind('.');
  std::string extension = dot == std::string::npos ? "" : name.substr(dot + 1);
  for (char& c : extension) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return extension;
}

}  // namespace

std::vector<const MediaFile*> media_in_entry_order(const std::vector<MediaFile>& media) {
  std::vector<const MediaFile*> ordered;
  for (const MediaFile& file : media) ordered.push_back(&file);
  std::sort(ordered.begin(), ordered.end(),
            [](const MediaFile* a, const MediaFile* b) { return a->name < b->name; });
  return ordered;
}

std::string media_map_json(const std::vector<const MediaFile*>& ordered) {
  nlohmann::ordered_json map = nlohmann::ordered_json::object();
  for (size_t i = 0; i < ordered.size(); ++i) map[std::to_string(i)] = ordered[i]->name;
  return map.dump();
}

Compression media_compression(const std::string& name) {
  const std::string extension = lowercase_extension(name);
  const bool compressed = std::find(compressed_extensions.begin(), compressed_extensions.end(),
                                    extension) != compressed_extensions.end();
  return compressed ? Compression::store : Compression::deflate;
}

}  // namespace deckpress::anki
