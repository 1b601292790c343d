#pragma once
// Renaming media references in rendered field HTML.
#include <functional>
#include <string>
#include <string_view>

#include "text/markdown.h"

namespace deckpress::text {

// Where the author wrote a reference, given its target and its offset in the
// HTML being renamed. HTML decks wrote the HTML itself; Markdown decks did not.
using LocateRef = std::function<size_t(const std::string& target, size_t html_offset)>;

// Passes every media reference in `html` through options.media_name and
// records it; all other bytes are kept.
Html rename_media(std::string_view html, const HtmlOptions& options, const LocateRef& locate);

}  // namespace deckpress::text
