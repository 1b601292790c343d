#pragma once
// Syntax highlighting of fenced code at build time, with GNU source-highlight.
#include <string>
#include <string_view>

namespace deckpress::text {

// The escaped HTML for the inside of <code>: each token source-highlight
// classifies is wrapped in <span style="color:#rrggbb"> (optionally followed
// by ";font-weight:bold" or ";font-style:italic"); no other tags. An unknown
// or empty language gives the plain escaped code. Thread-safe.
std::string highlight_code(std::string_view code, std::string_view language);

}  // namespace deckpress::text
