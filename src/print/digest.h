#pragma once
// SHA-256 as lower-case hex: the math cache's file names.
#include <string>

namespace deckpress::print {

std::string sha256_hex(const std::string& text);

}  // namespace deckpress::print
