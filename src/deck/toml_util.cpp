#include "deck/toml_util.h"

#include <algorithm>

#include <fmt/format.h>

#include "deck/escapes.h"

namespace deckpress {

// A position toml++ reports (in the text it parsed) as a position in the file.
SourcePos file_pos(const toml::source_position& at, const TomlOrigin& origin) {
  return {origin.path, static_cast<int>(at.line) + origin.first_line - 1, static_cast<int>(at.column)};
}

SourcePos pos_of(const toml::node& node, const TomlOrigin& origin) {
  return file_pos(node.source().begin, origin);
}

namespace {

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
      diagonal = above;
    }
  }
  return row[b.size()];
}

const char* type_name(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::string: return "a string";
    case toml::node_type::integer: return "an integer";
    case toml::node_type::floating_point: return "a number";
    case toml::node_type::boolean: return "a boolean";
    case toml::node_type::array: return "an array";
    case toml::node_type::table: return "a table";
    default: return "a date or time";
  }
}

void wrong_type(const toml::node& node, std::string_view key, std::string_view wanted,
                const TomlOrigin& origin, Diagnostics& diagnostics) {
  diagnostics.error(pos_of(node, origin),
                    fmt::format("'{}' must be {}, not {}", key, wanted, type_name(node)));
}

// toml++ recurses once per level of dotted keys ([a.b.c], a.b.c = 1) and
// has no limit for them, so a line of many thousand dots would exhaust the
// stack. Counting every dot outside strings and comments bounds that depth;
// real decks use a handful.
constexpr int kMaxDotsPerLine = 1000;

int code_points(std::string_view text) {
  return static_cast<int>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

// True when some line holds more dots than the limit, in strings or not:
// a vectorised count per line, so that the scan below, which follows
// strings byte by byte, runs only for the rare text that needs it.
bool has_dotty_line(std::string_view text) {
  for (size_t start = 0; start < text.size();) {
    size_t end = std::min(text.find('\n', start), text.size());
    if (std::count(text.begin() + start, text.begin() + end, '.') > kMaxDotsPerLine) return true;
    start = end + 1;
  }
  return false;
}

// The position of the first dot beyond the limit on one line, if any.
std::optional<SourcePos> too_many_dots(std::string_view text, const TomlOrigin& origin) {
  if (!has_dotty_line(text)) return std::nullopt;
  int line = 1, dots = 0;
  size_t line_start = 0;
  std::string_view quote;  // the delimiter of the string we are in, if any
  bool escaped = false, comment = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n') {
      ++line, line_start = i + 1, dots = 0, comment = escaped = false;
    } else if (escaped) {
      escaped = false;
    } else if (!quote.empty()) {
      if (c != quote[0] && c != '\\') continue;  // most of a deck file: nothing to look at
      escaped = c == '\\' && quote[0] == '"';
      if (text.substr(i).starts_with(quote)) i += quote.size() - 1, quote = {};
    } else if (comment) {
      continue;
    } else if (c == '"' || c == '\'') {
      quote = text.substr(i, text.substr(i).starts_with(std::string(3, c)) ? 3 : 1);
      i += quote.size() - 1;
    } else if (c == '#') {
      comment = true;
    } else if (c == '.' && ++dots > kMaxDotsPerLine) {
      return SourcePos{origin.path, line + origin.first_line - 1,
                       code_points(text.substr(line_start, i - line_start)) + 1};
    }
  }
  return std::nullopt;
}

// The text of line `line` (from 1), without its line break.
std::string_view line_of(std::string_view text, uint32_t line) {
  size_t at = 0;
  for (uint32_t i = 1; i < line && at != std::string_view::npos; ++i) {
    at = text.find('\n', at);
    if (at != std::string_view::npos) ++at;
  }
  if (at == std::string_view::npos || at > text.size()) return {};
  std::string_view rest = text.substr(at);
  return rest.substr(0, rest.find('\n'));
}

// True when the character at `pos` ends its line: where toml++ stops in a
// string that was never closed.
bool at_line_end(std::string_view text, const toml::source_position& pos) {
  std::string_view line = line_of(text, pos.line);
  size_t at = 0;
  for (uint32_t column = 1; at < line.size(); ++at)
    if ((static_cast<unsigned char>(line[at]) & 0xC0) != 0x80 && column++ == pos.column) break;
  return at >= line.size() || line[at] == '\r';
}

}  // namespace

// The byte offset where each line of `file` begins; lines are numbered from 1.
std::vector<size_t> line_offsets(std::string_view file) {
  std::vector<size_t> offsets = {0, 0};
  for (size_t at = file.find('\n'); at != std::string_view::npos; at = file.find('\n', at + 1))
    offsets.push_back(at + 1);
  return offsets;
}

// The byte of `text` at the file position `pos`: `text` begins at the
// file's line `first_line`; `lines` are its line offsets. npos when outside.
size_t byte_at(std::string_view text, const std::vector<size_t>& lines, int first_line, const SourcePos& pos) {
  int line = pos.line - first_line + 1;
  if (line < 1 || static_cast<size_t>(line) >= lines.size()) return std::string_view::npos;
  size_t at = lines[line];
  for (int column = 1; column < pos.column && at < text.size(); ++at)
    if (at + 1 == text.size() || !((static_cast<unsigned char>(text[at + 1]) & 0xC0) == 0x80)) ++column;
  return std::min(at, text.size());
}

// Where a string value's text begins, given where the value is: after its
// opening quotes, and after the newline that TOML trims right after a
// multi-line opener.
SourcePos text_start(std::string_view value, const SourcePos& pos) {
  bool multiline = value.starts_with("\"\"\"") || value.starts_with("'''");
  if (multiline && (value.substr(3).starts_with("\n") || value.substr(3).starts_with("\r\n")))
    return {pos.path, pos.line + 1, 1};
  return {pos.path, pos.line, pos.column + (multiline ? 3 : 1)};
}

std::string suggestion(std::string_view key, const std::vector<std::string>& candidates) {
  const std::string* best = nullptr;
  size_t best_distance = std::max<size_t>(2, key.size() / 3) + 1;
  for (const auto& candidate : candidates) {
    size_t distance = edit_distance(key, candidate);
    if (distance < best_distance) {
      best_distance = distance;
      best = &candidate;
    }
  }
  return best ? fmt::format("; did you mean '{}'?", *best) : "";
}

void check_keys(const toml::table& table, const std::vector<std::string>& allowed,
                std::string_view where, const TomlOrigin& origin, Diagnostics& diagnostics) {
  for (const auto& [key, value] : table) {
    if (std::find(allowed.begin(), allowed.end(), key.str()) != allowed.end()) continue;
    SourcePos pos = key.source().begin.line ? file_pos(key.source().begin, origin) : pos_of(value, origin);
    diagnostics.error(pos, fmt::format("unknown key '{}' in {}{}", key.str(), where,
                                       suggestion(key.str(), allowed)));
  }
}

std::optional<std::string> get_string(const toml::table& table, std::string_view key,
                                      const TomlOrigin& origin, Diagnostics& diagnostics) {
  const toml::node* node = table.get(key);
  if (!node) return std::nullopt;
  if (auto value = node->value<std::string>(); value && node->is_string()) return value;
  wrong_type(*node, key, "a string", origin, diagnostics);
  return std::nullopt;
}

std::optional<bool> get_bool(const toml::table& table, std::string_view key,
                             const TomlOrigin& origin, Diagnostics& diagnostics) {
  const toml::node* node = table.get(key);
  if (!node) return std::nullopt;
  if (node->is_boolean()) return node->value<bool>();
  wrong_type(*node, key, "true or false", origin, diagnostics);
  return std::nullopt;
}

std::optional<int64_t> get_integer(const toml::table& table, std::string_view key,
                                   const TomlOrigin& origin, Diagnostics& diagnostics) {
  const toml::node* node = table.get(key);
  if (!node) return std::nullopt;
  if (node->is_integer()) return node->value<int64_t>();
  wrong_type(*node, key, "a whole number", origin, diagnostics);
  return std::nullopt;
}

std::optional<std::vector<std::string>> get_strings(const toml::table& table,
                                                    std::string_view key,
                                                    const TomlOrigin& origin,
                                                    Diagnostics& diagnostics) {
  const toml::node* node = table.get(key);
  if (!node) return std::nullopt;
  const toml::array* array = node->as_array();
  if (!array) {
    wrong_type(*node, key, "an array of strings", origin, diagnostics);
    return std::nullopt;
  }
  std::vector<std::string> values;
  for (const auto& item : *array) {
    if (!item.is_string()) {
      wrong_type(item, key, "an array of strings", origin, diagnostics);
      return std::nullopt;
    }
    values.push_back(*item.value<std::string>());
  }
  return values;
}

std::optional<toml::table> parse_toml(std::string_view text, const TomlOrigin& origin,
                                      Diagnostics& diagnostics) {
  if (auto pos = too_many_dots(text, origin)) {
    diagnostics.error(*pos, fmt::format("more than {} dots on one line: keys may not nest this deep",
                                        kMaxDotsPerLine));
    return std::nullopt;
  }
  try {
    return toml::parse(text, std::string_view(origin.path.str()));
  } catch (const toml::parse_error& error) {
    const auto& begin = error.source().begin;
    std::string message(error.description());
    if (message.find("control characters") != std::string::npos && at_line_end(text, begin))
      message = "this string is not closed on its line; use \"\"\" for text over several lines";
    if (auto escape = escape_error(message, line_of(text, begin.line), file_pos(begin, origin))) {
      diagnostics.error(escape->pos, escape->message);
      return std::nullopt;
    }
    diagnostics.error(file_pos(begin, origin), message);
    return std::nullopt;
  }
}

}  // namespace deckpress
