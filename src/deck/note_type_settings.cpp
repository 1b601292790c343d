#include "deck/note_type_settings.h"

#include <fmt/format.h>

namespace deckpress {

const std::vector<std::string> note_type_setting_keys = {
    "id", "verbatim", "latex_pre", "latex_post", "latex_svg", "original_stock_kind"};
const std::vector<std::string> field_setting_keys = {
    "id",        "font",       "size",      "rtl",  "sticky", "plain_text",
    "collapsed", "exclude_from_search", "description", "tag", "prevent_deletion"};
const std::vector<std::string> template_setting_keys = {"id", "browser_front", "browser_back",
                                                        "browser_font", "browser_size"};

namespace {

// A note type's id, as Anki makes it (from the time): positive.
std::optional<int64_t> read_note_type_id(const toml::table& table, const TomlOrigin& origin,
                                         Diagnostics& diagnostics) {
  auto id = get_integer(table, "id", origin, diagnostics);
  if (id && *id <= 0) {
    diagnostics.error(pos_of(*table.get("id"), origin),
                      fmt::format("id {} is not one Anki accepts; write a positive number", *id));
    return std::nullopt;
  }
  return id;
}

// A field's or template's id: Anki draws it at random from every 64-bit
// number, negative ones included; 0 says it has none (as in packages from
// before Anki 2.1.28).
std::optional<int64_t> read_part_id(const toml::table& table, const TomlOrigin& origin,
                                    Diagnostics& diagnostics) {
  return get_integer(table, "id", origin, diagnostics);
}

int small_number(const toml::table& table, std::string_view key, int fallback,
                 const TomlOrigin& origin, Diagnostics& diagnostics) {
  auto value = get_integer(table, key, origin, diagnostics);
  if (value && (*value < 0 || *value > 0xffff)) {
    diagnostics.error(pos_of(*table.get(key), origin),
                      fmt::format("'{}' must be between 0 and 65535", key));
    return fallback;
  }
  return value ? static_cast<int>(*value) : fallback;
}

}  // namespace

void read_note_type_settings(const toml::table& table, NoteType& type, const TomlOrigin& origin,
                             Diagnostics& diagnostics) {
  type.id = read_note_type_id(table, origin, diagnostics);
  type.verbatim = get_bool(table, "verbatim", origin, diagnostics).value_or(false);
  NoteTypeSettings& settings = type.settings;
  settings.latex_pre = get_string(table, "latex_pre", origin, diagnostics);
  settings.latex_post = get_string(table, "latex_post", origin, diagnostics);
  settings.latex_svg = get_bool(table, "latex_svg", origin, diagnostics).value_or(false);
  settings.original_stock_kind = small_number(table, "original_stock_kind", 0, origin, diagnostics);
}

void read_field_settings(const toml::table& field, NoteType& type, const TomlOrigin& origin,
                         Diagnostics& diagnostics) {
  type.field_ids.push_back(read_part_id(field, origin, diagnostics));
  FieldSettings settings;
  settings.font = get_string(field, "font", origin, diagnostics).value_or(settings.font);
  settings.font_size = small_number(field, "size", settings.font_size, origin, diagnostics);
  settings.rtl = get_bool(field, "rtl", origin, diagnostics).value_or(false);
  settings.sticky = get_bool(field, "sticky", origin, diagnostics).value_or(false);
  settings.plain_text = get_bool(field, "plain_text", origin, diagnostics).value_or(false);
  settings.collapsed = get_bool(field, "collapsed", origin, diagnostics).value_or(false);
  settings.exclude_from_search = get_bool(field, "exclude_from_search", origin, diagnostics).value_or(false);
  settings.description = get_string(field, "description", origin, diagnostics).value_or("");
  if (field.contains("tag")) settings.tag = small_number(field, "tag", 0, origin, diagnostics);
  settings.prevent_deletion = get_bool(field, "prevent_deletion", origin, diagnostics).value_or(false);
  type.field_settings.push_back(std::move(settings));
}

void read_template_settings(const toml::table& entry, Template& card, const TomlOrigin& origin,
                            Diagnostics& diagnostics) {
  card.id = read_part_id(entry, origin, diagnostics);
  card.browser_front = get_string(entry, "browser_front", origin, diagnostics).value_or("");
  card.browser_back = get_string(entry, "browser_back", origin, diagnostics).value_or("");
  card.browser_font = get_string(entry, "browser_font", origin, diagnostics).value_or("");
  card.browser_font_size = small_number(entry, "browser_size", 0, origin, diagnostics);
}

}  // namespace deckpress
