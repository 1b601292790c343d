#pragma once
// md4c's parse events to Anki field HTML.
#include <string>
#include <string_view>

namespace deckpress::text {

// The HTML for `markdown` with media references left as written. A field of
// a single paragraph has no <p> wrapper, like the notes Anki's editor makes.
std::string render_markdown(std::string_view markdown, bool allow_html);

}  // namespace deckpress::text
