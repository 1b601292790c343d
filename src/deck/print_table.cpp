#include "deck/print_table.h"

#include <fmt/format.h>

namespace deckpress {
namespace {

// Numbers and booleans as written, arrays joined by commas.
std::string print_value(const toml::node& node) {
  if (auto s = node.value<std::string>(); s && node.is_string()) return *s;
  if (node.is_boolean()) return *node.value<bool>() ? "true" : "false";
  if (node.is_integer()) return std::to_string(*node.value<int64_t>());
  if (node.is_floating_point()) return fmt::format("{}", *node.value<double>());
  if (const toml::array* array = node.as_array()) {
    std::string joined;
    for (const auto& item : *array) {
      if (!joined.empty()) joined += ',';
      joined += print_value(item);
    }
    return joined;
  }
  return "";
}

}  // namespace

PrintSettings read_print_table(const toml::table& root, const TomlOrigin& origin, Diagnostics& diagnostics) {
  PrintSettings settings;
  const toml::node* node = root.get("print");
  if (!node) return settings;
  const toml::table* table = node->as_table();
  if (!table) {
    diagnostics.error(pos_of(*node, origin), "'print' must be a table");
    return settings;
  }
  for (const auto& [key, value] : *table) settings[std::string(key.str())] = {print_value(value), pos_of(value, origin)};
  return settings;
}

}  // namespace deckpress
