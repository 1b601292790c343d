#pragma once
// UTF-8 to code points and back, for the stages that work per character.
#include <string>
#include <string_view>

namespace deckpress::text {

// Decodes UTF-8; each malformed byte becomes U+FFFD.
std::u32string decode_utf8(std::string_view utf8);

void append_utf8(std::string& out, char32_t code_point);

}  // namespace deckpress::text
