#include "text/utf8.h"

namespace deckpress::text {

namespace {

size_t sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  if ((lead >> 3) == 0x1E) return 4;
  return 0;
}

}  // namespace

std::u32string decode_utf8(std::string_view utf8) {
  std::u32string result;
  size_t pos = 0;
  while (pos < utf8.size()) {
    auto lead = static_cast<unsigned char>(utf8[pos]);
    size_t length = sequence_length(lead);
    if (length == 0 || pos + length > utf8.size()) {
      result += U'\uFFFD';
      ++pos;
      continue;
    }
    char32_t code_point = length == 1 ? lead : lead & (0x7F >> length);
    bool valid = true;
    for (size_t i = 1; i < length; ++i) {
      auto byte = static_cast<unsigned char>(utf8[pos + i]);
      valid = valid && (byte & 0xC0) == 0x80;
      code_point = (code_point << 6) | (byte & 0x3F);
    }
    result += valid ? code_point : U'\uFFFD';
    pos += valid ? length : 1;
  }
  return result;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

}  // namespace deckpress::text
