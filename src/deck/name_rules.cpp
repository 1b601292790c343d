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

std::string guid_problem(const std::string& guid) {
  if (guid.empty()) return "a guid cannot be empty";
  for (unsigned char c : guid)
    if (c <= 0x20 || c == 0x7F) return fmt::format("guid '{}' contains a space or a control character", guid);
  return "";
}

}  // namespace deckpress
