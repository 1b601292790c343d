#pragma once
// md4c's parse events to Anki field HTML.
#include <string>
#include <string_view>

#include "text/markdown.h"

namespace deckpress::text {

// The HTML for `markdown` with media references left as written (no
// `media`), and its problems. A field of a single paragraph has no <p>
// wrapper, like the notes Anki's editor makes.
Html render_markdown(std::string_view markdown, bool allow_html);

}  // namespace deckpress::text
