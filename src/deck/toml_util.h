#pragma once
// Helpers shared by the TOML readers of decks and note types: positions,
// typed lookups that report wrong types, unknown-key checks.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "deck/source.h"

namespace deckpress {

// Where a parsed TOML text sits: its file, and the file's line where the text
// begins (a piece of a large deck file begins further down; see deck/pieces.h).
// Positions reported from it are the file's.
struct TomlOrigin {
  TomlOrigin(SourcePath path, int first_line = 1) : path(std::move(path)), first_line(first_line) {}
  TomlOrigin(const std::string& path, int first_line = 1) : TomlOrigin(SourcePath(path), first_line) {}
  SourcePath path;  // shared by every position made from it
  int first_line;
};

SourcePos pos_of(const toml::node& node, const TomlOrigin& origin);

// The byte offset where each line of `file` begins; lines are numbered from 1.
std::vector<size_t> line_offsets(std::string_view file);

// The byte of `text` at the file position `pos`: `text` begins at the
// file's line `first_line`; `lines` are its line offsets. npos when outside.
size_t byte_at(std::string_view text, const std::vector<size_t>& lines, int first_line, const SourcePos& pos);

// Where a string value's text begins, given the value as written from `pos`
// on: after its opening quotes, and after the newline that TOML trims right
// after a multi-line opener.
SourcePos text_start(std::string_view value, const SourcePos& pos);

// "did you mean 'name'?" when one candidate is close to `key`, else "".
std::string suggestion(std::string_view key, const std::vector<std::string>& candidates);

// Reports every key of `table` not in `allowed`.
void check_keys(const toml::table& table, const std::vector<std::string>& allowed,
                std::string_view where, const TomlOrigin& origin, Diagnostics& diagnostics);

// Typed access that reports a wrong type at the value; nullopt when absent or wrong.
std::optional<std::string> get_string(const toml::table& table, std::string_view key,
                                      const TomlOrigin& origin, Diagnostics& diagnostics);
std::optional<bool> get_bool(const toml::table& table, std::string_view key,
                             const TomlOrigin& origin, Diagnostics& diagnostics);
std::optional<int64_t> get_integer(const toml::table& table, std::string_view key,
                                   const TomlOrigin& origin, Diagnostics& diagnostics);
std::optional<std::vector<std::string>> get_strings(const toml::table& table,
                                                    std::string_view key,
                                                    const TomlOrigin& origin,
                                                    Diagnostics& diagnostics);

// Parses TOML text, reporting a syntax error (with its position) on failure.
std::optional<toml::table> parse_toml(std::string_view text, const TomlOrigin& origin,
                                      Diagnostics& diagnostics);

}  // namespace deckpress
