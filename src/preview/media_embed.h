#pragma once
// Card HTML with its media inline: the page must show images and play sounds
// wherever it is opened, without the files beside it.
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace deckpress::preview {

class MediaEmbedder {
 public:
  // `media`: bare package names, as the HTML names them, and their files.
  explicit MediaEmbedder(const std::map<std::string, std::filesystem::path>& media);

  // `html` with each known media reference as a data: URI: src/data
  // attributes in place, [sound:name] as an <audio> (or <video>) player.
  // Unknown names and unreadable files are left as written.
  std::string embed(std::string_view html);

 private:
  const std::string* uri_for(const std::string& name);  // null when unknown

  const std::map<std::string, std::filesystem::path>& media_;
  std::map<std::string, std::optional<std::string>> uris_;  // each file read once
};

}  // namespace deckpress::preview
