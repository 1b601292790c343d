#pragma once
// TOML text for the files `import` writes: strings quoted so that a TOML
// reader gives back exactly the bytes given (a field's HTML must survive byte
// for byte), and keys made from Anki's names.
#include <string>
#include <string_view>
#include <vector>

namespace deckpress::importer {

// `text` as a TOML string: a literal string where it needs no escape, a
// multi-line one for text with line breaks, a basic string with escapes
// otherwise. `text` must be valid UTF-8.
std::string toml_string(std::string_view text);
void append_toml_string(std::string& out, std::string_view text);  // the same, onto `out`

// ["a", "b"], onto `out`.
void append_toml_strings(std::string& out, const std::vector<std::string>& items);

// A key a deck file can use bare: lower-case ASCII letters and digits, with
// '-' between words ("Back Extra" -> "back-extra"); "" when nothing is left.
std::string slug(std::string_view name);

// `wanted`, or `fallback` when it is empty, made unique among `taken` (and
// added to it) by a numeric suffix: "front", "front-2", ...
std::string unique_key(std::string wanted, const std::string& fallback, std::vector<std::string>& taken);

// True when `text` is valid UTF-8, which TOML requires of every string.
bool is_utf8(std::string_view text);

}  // namespace deckpress::importer
