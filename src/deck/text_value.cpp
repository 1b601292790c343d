#include "deck/text_value.h"

#include <fmt/format.h>

namespace deckpress {

std::optional<TextValue> get_text(const toml::table& table, std::string_view key,
                                  const TomlOrigin& origin, Diagnostics& diagnostics) {
  const toml::node* node = table.get(key);
  if (!node) return std::nullopt;
  const toml::table* inner = node->as_table();
  if (!inner) {  // a string, or a wrong type reported as for any string
    auto text = get_string(table, key, origin, diagnostics);
    if (!text) return std::nullopt;
    return TextValue{std::move(*text), node, std::nullopt};
  }
  if (inner->size() == 1) {
    const auto only = inner->begin();  // the key and value are views into it
    const std::string_view format = only->first.str();
    const toml::node& value = only->second;
    const bool html = format == "html";
    if ((html || format == "markdown") && value.is_string())
      return TextValue{*value.value<std::string>(), &value, html ? TextFormat::html : TextFormat::markdown};
  }
  diagnostics.error(pos_of(*node, origin),
                    fmt::format("'{}' must be a string, or a table with one string, 'html' or "
                                "'markdown', such as {}.html = \"...\"",
                                key, key));
  return std::nullopt;
}

}  // namespace deckpress
