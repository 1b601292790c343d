#include "text/media_refs.h"

#include <algorithm>
#include <array>

#include "text/ascii.h"

namespace deckpress::text {
namespace {

constexpr std::array<std::string_view, 5> media_tag_names{"img", "audio", "video", "source",
                                                          "object"};

bool is_tag_name_end(char c) { return is_ascii_space(c) || c == '/' || c == '>'; }

// The length of the media tag name starting at html[at], or 0.
size_t media_tag_name_length(std::string_view html, size_t at) {
  for (std::string_view name : media_tag_names) {
    std::string_view rest = html.substr(at);
    if (istarts_with(rest, name) && rest.size() > name.size() &&
        is_tag_name_end(rest[name.size()])) {
      return name.size();
    }
  }
  return 0;
}

struct Attribute {
  std::string_view name;
  size_t value_begin = 0;
  size_t value_end = 0;
};

// Reads one attribute at html[i] (after whitespace); advances i past it.
Attribute read_attribute(std::string_view html, size_t& i) {
  Attribute attribute;
  size_t name_begin = i;
  while (i < html.size() && !is_ascii_space(html[i]) && html[i] != '=' && html[i] != '>' &&
         html[i] != '/') {
    ++i;
  }
  attribute.name = html.substr(name_begin, i - name_begin);
  while (i < html.size() && is_ascii_space(html[i])) ++i;
  if (i >= html.size() || html[i] != '=') {
    attribute.value_begin = attribute.value_end = i;
    return attribute;
  }
  ++i;
  while (i < html.size() && is_ascii_space(html[i])) ++i;
  if (i < html.size() && (html[i] == '"' || html[i] == '\'')) {
    char quote = html[i];
    attribute.value_begin = i + 1;
    attribute.value_end = std::min(html.find(quote, i + 1), html.size());
    i = std::min(attribute.value_end + 1, html.size());
  } else {
    attribute.value_begin = i;
    while (i < html.size() && !is_ascii_space(html[i]) && html[i] != '>') ++i;
    attribute.value_end = i;
  }
  return attribute;
}

// The media tag opening at html[begin] ('<'), if it is one and names a file.
std::optional<MediaSpot> read_media_tag(std::string_view html, size_t begin) {
  size_t name_length = media_tag_name_length(html, begin + 1);
  if (name_length == 0) return std::nullopt;
  std::optional<MediaSpot> spot;
  size_t i = begin + 1 + name_length;
  while (i < html.size()) {
    while (i < html.size() && (is_ascii_space(html[i]) || html[i] == '/')) ++i;
    if (i >= html.size()) break;
    if (html[i] == '>') {
      if (spot) spot->end = i + 1;
      return spot;
    }
    Attribute attribute = read_attribute(html, i);
    bool names_file = iequals(attribute.name, "src") || iequals(attribute.name, "data");
    if (names_file && !spot && attribute.value_end > attribute.value_begin) {
      spot = MediaSpot{begin, 0, attribute.value_begin, attribute.value_end};
    }
  }
  return std::nullopt;  // the tag never closes
}

}  // namespace

std::optional<MediaSpot> find_media_tag(std::string_view html, size_t from) {
  // A tag with no '>' after it never closes: a field of many "<img " and no
  // '>' is not read to its end for each of them.
  size_t next_close = html.find('>', from);
  for (size_t at = html.find('<', from); at != std::string_view::npos;
       at = html.find('<', at + 1)) {
    if (next_close < at) next_close = html.find('>', at);
    if (next_close == std::string_view::npos) return std::nullopt;
    if (auto spot = read_media_tag(html, at)) return spot;
  }
  return std::nullopt;
}

std::optional<MediaSpot> find_sound_tag(std::string_view html, size_t from) {
  constexpr std::string_view opener = "[sound:";
  for (size_t at = html.find(opener, from); at != std::string_view::npos;
       at = html.find(opener, at + 1)) {
    size_t name_begin = at + opener.size();
    size_t close = html.find(']', name_begin);
    if (close == std::string_view::npos) return std::nullopt;
    if (close > name_begin) return MediaSpot{at, close + 1, name_begin, close};
  }
  return std::nullopt;
}

std::optional<MediaSpot> find_media_ref(std::string_view html, size_t from) {
  auto tag = find_media_tag(html, from);
  auto sound = find_sound_tag(html, from);
  if (tag && sound) return tag->begin < sound->begin ? tag : sound;
  return tag ? tag : sound;
}

}  // namespace deckpress::text
