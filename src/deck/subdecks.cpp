#include "deck/subdecks.h"

#include <fmt/format.h>

#include "deck/names.h"
#include "deck/text_value.h"

namespace deckpress {

int SubdeckReader::add(const std::string& relative, const toml::node& where) {
  if (auto known = index_.find(relative); known != index_.end()) return known->second;
  const std::string full = deck_.name + "::" + relative;
  if (auto problem = deck_name_problem(full); !problem.empty()) {
    diagnostics_.error(pos_of(where, origin_), fmt::format("subdeck '{}': {}", relative, problem));
    return -1;
  }
  Subdeck subdeck;
  subdeck.name = full;
  subdeck.pos = pos_of(where, origin_);
  deck_.subdecks.push_back(std::move(subdeck));
  const int index = static_cast<int>(deck_.subdecks.size() - 1);
  index_.emplace(relative, index);
  return index;
}

void SubdeckReader::read_tables(const toml::table& root) {
  const toml::node* node = root.get("subdeck");
  if (!node) return;
  const toml::array* tables = node->as_array();
  if (!tables) {
    diagnostics_.error(pos_of(*node, origin_), "'subdeck' must be written as [[subdeck]] tables");
    return;
  }
  for (const toml::node& item : *tables) {
    const toml::table* table = item.as_table();
    if (!table) {
      diagnostics_.error(pos_of(item, origin_), "each subdeck must be a [[subdeck]] table");
      continue;
    }
    check_keys(*table, {"name", "description"}, "[[subdeck]]", origin_, diagnostics_);
    auto name = get_string(*table, "name", origin_, diagnostics_);
    if (!name) {
      if (!table->contains("name")) diagnostics_.error(pos_of(item, origin_), "a [[subdeck]] needs a 'name'");
      continue;
    }
    if (index_.count(*name)) {
      diagnostics_.error(pos_of(*table->get("name"), origin_), fmt::format("subdeck '{}' is described twice", *name));
      continue;
    }
    const int index = add(*name, *table->get("name"));
    auto description = get_text(*table, "description", origin_, diagnostics_);
    if (index < 0 || !description) continue;
    deck_.subdecks[static_cast<size_t>(index)].description = std::move(description->text);
    deck_.subdecks[static_cast<size_t>(index)].description_format = description->format;
    deck_.subdecks[static_cast<size_t>(index)].description_pos = text_position_(pos_of(*description->node, origin_));
  }
}

int SubdeckReader::subdeck_of(const toml::table& note) {
  auto name = get_string(note, "subdeck", origin_, diagnostics_);
  return name ? add(*name, *note.get("subdeck")) : -1;
}

}  // namespace deckpress
