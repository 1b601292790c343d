#pragma once
// The page's own style and script, around the cards. Note type CSS comes
// after the style, so a note type's look wins over these defaults.
#include <string_view>

namespace deckpress::preview {

extern const std::string_view page_style;
// Filters cards by the text of their sides as the search box changes, and
// switches night mode the way Anki does: `nightMode night_mode` classes on
// the body and on each card side. "?q=words&night" in the address sets both.
extern const std::string_view page_script;

}  // namespace deckpress::preview
