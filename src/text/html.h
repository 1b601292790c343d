#pragma once
// Small HTML utilities shared by the package writer, card rules and layout.
#include <string>
#include <string_view>

namespace deckpress::text {

std::string escape_html(std::string_view text);  // & < > " as entities
void append_escaped_html(std::string& out, std::string_view text);  // the same, onto `out`

// Numeric references and the common named ones (amp, lt, gt, quot, apos,
// nbsp, copy, mdash, ...); anything else is kept as written.
std::string decode_entities(std::string_view html);

// Anki's sort-field text: media tags become " name ", comments, style and
// script blocks and all other tags are removed, entities decoded (and, as in
// Anki, no-break spaces made plain when there were entities). Not trimmed.
std::string strip_html_for_sort(std::string_view html);

// Plain text of HTML as Anki's {{text:}} filter gives it.
std::string strip_html(std::string_view html);

// Anki's "field is empty": only ASCII whitespace and bare <br>, <br/>,
// <div>, </div> tags (any case). An <img> is content.
bool field_is_empty(std::string_view html);

}  // namespace deckpress::text
