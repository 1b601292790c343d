#pragma once
// Raw HTML in a Markdown field. The inline tags Anki shows in formatted text
// (<sub>, <sup>, <b>, <span style>, <ruby>...) pass as written when they are
// safe: no attribute but a few plain ones, no event handler, no script or
// javascript: address. Any other tag is shown as text, with a warning that
// says so, never silently. A deck with allow_html = true takes its HTML as
// written instead (the renderer does not call this).
#include <string>
#include <string_view>
#include <vector>

#include "text/markdown.h"

namespace deckpress::text {

// Appends `html`, raw HTML md4c found (a tag, a comment, or a line of an HTML
// block), to `out`: safe inline tags as written, everything else escaped. A
// problem for each tag shown as text, at its offset in `html` plus `offset`;
// `reported` keeps one problem per tag name.
void append_raw_html(std::string& out, std::string_view html, size_t offset,
                     std::vector<TextProblem>& problems, std::vector<std::string>& reported);

}  // namespace deckpress::text
