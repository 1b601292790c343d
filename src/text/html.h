#pragma once
// Small HTML utilities shared by the package writer, card rules and layout.
#include <string>
#include <string_view>

namespace deckpress::text {

std::string escape_html(std::string_view text);  // & < > " as entities
std::string decode_entities(std::string_view html);

// Anki's sort-field text: media tags become " name ", comments, style and
// script blocks and all other tags are removed, entities decoded. Not trimmed.
std::string strip_html_for_sort(std::string_view html);

// Plain text of HTML as Anki's {{text:}} filter gives it.
std::string strip_html(std::string_view html);

// Anki's "field is empty": only whitespace and <br>/<div> tags.
bool field_is_empty(std::string_view html);

}  // namespace deckpress::text
