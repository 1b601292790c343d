#include "preview/media_embed.h"

#include "preview/data_uri.h"
#include "text/html.h"
#include "text/media_refs.h"

namespace deckpress::preview {

namespace {

// Anki plays [sound:] references with a player; the page uses the browser's.
std::string player(const std::filesystem::path& file, const std::string& uri) {
  const char* element = media_type(file).starts_with("video/") ? "video" : "audio";
  return std::string("<") + element + " controls src=\"" + uri + "\"></" + element + ">";
}

}  // namespace

MediaEmbedder::MediaEmbedder(const std::map<std::string, std::filesystem::path>& media)
    : media_(media) {}

const std::string* MediaEmbedder::uri_for(const std::string& name) {
  auto file = media_.find(name);
  if (file == media_.end()) return nullptr;
  auto [cached, inserted] = uris_.try_emplace(name);
  if (inserted) cached->second = data_uri(file->second);
  return cached->second ? &*cached->second : nullptr;
}

std::string MediaEmbedder::embed(std::string_view html) {
  std::string out;
  size_t copied = 0;
  for (auto spot = text::find_media_ref(html, 0); spot;
       spot = text::find_media_ref(html, spot->end)) {
    std::string name =
        text::decode_entities(html.substr(spot->name_begin, spot->name_end - spot->name_begin));
    const std::string* uri = uri_for(name);
    if (!uri) continue;
    bool sound = html[spot->begin] == '[';
    out.append(html.substr(copied, (sound ? spot->begin : spot->name_begin) - copied));
    out += sound ? player(media_.at(name), *uri) : *uri;
    copied = sound ? spot->end : spot->name_end;
  }
  out.append(html.substr(copied));
  return out;
}

}  // namespace deckpress::preview
