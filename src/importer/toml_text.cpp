#include "importer/toml_text.h"

#include <algorithm>
#include <cstring>

#include <fmt/format.h>

namespace deckpress::importer {
namespace {

bool is_control(unsigned char c) { return c < 0x20 || c == 0x7f; }

// A literal string takes every byte as it is: no quote of its own kind
// inside, and no control character but a tab (and line breaks when multi-line).
bool fits_literal(std::string_view text, bool multi_line) {
  if (multi_line && (text.find("'''") != std::string_view::npos || text.ends_with('\''))) return false;
  if (!multi_line && text.find('\'') != std::string_view::npos) return false;
  return std::none_of(text.begin(), text.end(), [&](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return is_control(byte) && c != '\t' && !(multi_line && c == '\n');
  });
}

void append_escaped(std::string& out, std::string_view text, bool multi_line) {
  for (const char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += multi_line ? "\n" : "\\n"; break;
      default:
        if (is_control(static_cast<unsigned char>(c))) out += fmt::format("\\u{:04X}", static_cast<unsigned char>(c));
        else out += c;
    }
  }
}

}  // namespace

// A plain line in double quotes; text with quotes or backslashes in single
// ones, which need no escapes. Multi-line strings open with a line break,
// which TOML drops: the text's own first line break, if any, is kept.
void append_toml_string(std::string& out, std::string_view text) {
  const bool multi_line = text.find('\n') != std::string_view::npos;
  const bool plain = std::none_of(text.begin(), text.end(), [](char c) {
    return c == '"' || c == '\\' || is_control(static_cast<unsigned char>(c));
  });
  if (!multi_line && plain) {
    out.append("\"").append(text).append("\"");
  } else if (fits_literal(text, multi_line)) {
    out.append(multi_line ? "'''\n" : "'").append(text).append(multi_line ? "'''" : "'");
  } else {
    out.append(multi_line ? "\"\"\"\n" : "\"");
    append_escaped(out, text, multi_line);
    out.append(multi_line ? "\"\"\"" : "\"");
  }
}

std::string toml_string(std::string_view text) {
  std::string out;
  append_toml_string(out, text);
  return out;
}

void append_toml_strings(std::string& out, const std::vector<std::string>& items) {
  out += '[';
  for (const std::string& item : items) {
    if (&item != &items.front()) out += ", ";
    append_toml_string(out, item);
  }
  out += ']';
}

std::string slug(std::string_view name) {
  std::string out;
  bool gap = false;
  for (const char c : name) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    const bool upper = c >= 'A' && c <= 'Z';
    if (!letter && !upper) {
      gap = !out.empty();
      continue;
    }
    if (gap) out += '-';
    gap = false;
    out += upper ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

std::string unique_key(std::string wanted, const std::string& fallback, std::vector<std::string>& taken) {
  if (wanted.empty()) wanted = fallback;
  std::string key = wanted;
  for (int n = 2; std::find(taken.begin(), taken.end(), key) != taken.end(); ++n)
    key = fmt::format("{}-{}", wanted, n);
  taken.push_back(key);
  return key;
}

bool is_utf8(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    // ASCII, most of any deck, eight bytes at a time.
    uint64_t word = 0;
    if (i + 8 <= text.size()) std::memcpy(&word, text.data() + i, 8);
    if (i + 8 <= text.size() && (word & 0x8080808080808080) == 0) {
      i += 8;
      continue;
    }
    const auto lead = static_cast<unsigned char>(text[i]);
    const size_t length = lead < 0x80 ? 1 : (lead >> 5) == 6 ? 2 : (lead >> 4) == 14 ? 3 : (lead >> 3) == 30 ? 4 : 0;
    if (length == 0 || i + length > text.size()) return false;
    uint32_t code = length == 1 ? lead : lead & (0x7f >> length);
    for (size_t k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xc0) != 0x80) return false;
      code = (code << 6) | (next & 0x3f);
    }
    // Overlong forms, surrogates and code points beyond Unicode are not UTF-8.
    static constexpr uint32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
    if (code < least[length] || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return false;
    i += length;
  }
  return true;
}

}  // namespace deckpress::importer
