#include "deck/names.h"


#include <cstdlib>
#include <memory>
#include <optional>

#include <fmt/format.h>
#include <utf8proc.h>

#include "deck/model.h"

namespace deckpress {

namespace {

// utf8proc_map with `options`, or nothing for text that is not UTF-8.
std::optional<std::string> mapped(std::string_view text, int options) {
  utf8proc_uint8_t* out = nullptr;
  auto size = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                           static_cast<utf8proc_ssize_t>(text.size()), &out,
                           static_cast<utf8proc_option_t>(options));
  if (size < 0) return std::nullopt;
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(out, &std::free);
  return std::string(reinterpret_cast<const char*>(out), static_cast<size_t>(size));
}

// Unicode's White_Space characters, which Rust's trim() (Anki's) removes.
bool is_white_space(utf8proc_int32_t c) {
  return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}

utf8proc_int32_t first_code_point(std::string_view text) {
  utf8proc_int32_t c = -1;
  utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                   static_cast<utf8proc_ssize_t>(text.size()), &c);
  return c;
}

utf8proc_int32_t last_code_point(std::string_view text) {
  size_t start = text.size();
  while (start > 0 && (static_cast<unsigned char>(text[start - 1]) & 0xC0) == 0x80) --start;
  return start > 0 ? first_code_point(text.substr(start - 1)) : -1;
}

}  // namespace

bool has_outer_space(std::string_view text) {
  return !text.empty() && (is_white_space(first_code_point(text)) || is_white_space(last_code_point(text)));
}

std::string folded_case(std::string_view name) {
  return mapped(name, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD).value_or(std::string(name));
}

std::string name_rewrite_problem(std::string_view what, std::string_view name) {
  if (has_outer_space(name))
    return fmt::format("{} '{}' starts or ends with a space, which Anki removes on import; remove it", what, name);
  if (auto nfc = mapped(name, UTF8PROC_STABLE | UTF8PROC_COMPOSE); nfc && *nfc != name)
    return fmt::format("{} '{}' is not in Unicode NFC form (it has a letter and a separate accent), "
                       "which Anki converts it to on import; type each accented letter as one character",
                       what, name);
  return "";
}

std::string duplicate_name_problem(std::string_view what, std::string_view name,
                                   const std::vector<std::string>& earlier) {
  std::string folded = folded_case(name);
  for (const auto& other : earlier) {
    if (other == name) return fmt::format("{} '{}' is used twice; Anki renames the second on import", what, name);
    if (folded_case(other) == folded)
      return fmt::format("{} '{}' is the same as '{}' ignoring case; Anki renames it on import", what, name, other);
  }
  return "";
}

std::string tag_problem(std::string_view tag) {
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

std::string deck_name_problem(std::string_view name) {
  if (name.empty()) return "the deck name cannot be empty";
  std::string_view rest = name;
  while (true) {
    size_t split = rest.find("::");
    std::string_view part = rest.substr(0, split);
    if (part.empty() || has_outer_space(part) || part.front() == ':' || part.back() == ':')
      return fmt::format("deck name '{}' has an empty level or one with outer spaces, which Anki rewrites on "
                         "import; write each level between '::' without spaces around it",
                         name);
    if (split == std::string_view::npos) break;
    rest = rest.substr(split + 2);
  }
  for (unsigned char c : name)
    if (c < 0x20 || c == 0x7F) return "the deck name contains a control character";
  std::string top(name.substr(0, name.find("::")));
  if (top != kDefaultDeck && folded_case(top) == folded_case(kDefaultDeck))
    return fmt::format("'{}' is Anki's default deck, which is named '{}': write it so", top, kDefaultDeck);
  return name_rewrite_problem("deck name", name);
}

}  // namespace deckpress
