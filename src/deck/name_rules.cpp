#include "deck/name_rules.h"

#include <algorithm>
#include <string_view>

#include <fmt/format.h>

namespace deckpress {

bool valid_note_id(const std::string& id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '-' || c == '_' || c == '.';
  });
}

std::string tag_problem(const std::string& tag) {
  if (tag.empty()) return "a tag cannot be empty";
  for (unsigned char c : tag) {
    if (c == ' ') return fmt::format("tag '{}' contains a space; use '_' or '::'", tag);
    if (c < 0x20 || c == 0x7F) return fmt::format("tag '{}' contains a control character", tag);
  }
  if (tag.find("\u3000") != std::string::npos)
    return fmt::format("tag '{}' contains an ideographic space", tag);
  if (tag.starts_with("::") || tag.ends_with("::") || tag.find("::::") != std::string::npos)
    return fmt::format("tag '{}' has an empty level", tag);
  return "";
}

std::string deck_name_problem(const std::string& name) {
  if (name.empty()) return "the deck name cannot be empty";
  std::string_view rest = name;
  while (true) {
    size_t split = rest.find("::");
    std::string_view part = rest.substr(0, split);
    if (part.empty() || part.front() == ' ' || part.back() == ' ' || part.front() == ':' ||
        part.back() == ':')
      return fmt::format("deck name '{}' has an empty or badly spaced level", name);
    if (split == std::string_view::npos) break;
    rest = rest.substr(split + 2);
  }
  for (unsigned char c : name)
    if (c < 0x20) return "the deck name contains a control character";
  if (name == "Default") return "'Default' is Anki's own deck; choose another name";
  return "";
}

std::string guid_problem(const std::string& guid) {
  if (guid.empty()) return "a guid cannot be empty";
  for (unsigned char c : guid)
    if (c <= 0x20 || c == 0x7F) return fmt::format("guid '{}' contains a space or a control character", guid);
  return "";
}

}  // namespace deckpress
