#pragma once
// md4c's parser with its events balanced: md4c 0.4.8 can close a span it
// never opened ("[](*)*" ends with a stray end of emphasis), which would
// give the HTML an unmatched </em> and a reader keeping a stack of open
// spans one pop too many.
#include <string>

#include <md4c.h>

namespace deckpress::text {

// md_parse on `text` (NUL-terminated, as md4c 0.4.8 can read one byte past
// its input), passing on only the span ends that close a span it opened.
int parse_balanced(const std::string& text, const MD_PARSER& parser, void* userdata);

}  // namespace deckpress::text
