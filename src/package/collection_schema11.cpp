// Schema 11: decks and note types are JSON objects in the `col` row, keyed by
// id. Other tools write these by hand, so every key but the essential ones
// may be missing or null, and ids may be strings.
#include <nlohmann/json.hpp>

#include <stdexcept>

#include "package/collection.h"

namespace deckpress::package {
namespace {

using nlohmann::json;

// The value at `key`, or `fallback` when it is missing or null.
template <typename T>
T optional_value(const json& object, const char* key, T fallback) {
  const auto found = object.find(key);
  if (found == object.end() || found->is_null()) return fallback;
  return found->get<T>();
}

std::optional<int64_t> optional_id(const json& object, const char* key) {
  const auto found = object.find(key);
  if (found == object.end() || found->is_null()) return std::nullopt;
  return found->get<int64_t>();
}

// Ids are the object keys; some tools write the inner id as a string.
int64_t key_id(const std::string& key) {
  try {
    size_t used = 0;
    const int64_t id = std::stoll(key, &used);
    if (used == key.size()) return id;
  } catch (const std::exception&) {
  }
  throw std::runtime_error("id \"" + key + "\" is not a number");
}

Deck parse_deck(const std::string& key, const json& deck) {
  Deck parsed;
  parsed.id = key_id(key);
  parsed.name = deck.at("name").get<std::string>();
  parsed.description = optional_value<std::string>(deck, "desc", "");
  parsed.markdown_description = optional_value(deck, "md", false);
  parsed.filtered = optional_value<int64_t>(deck, "dyn", 0) != 0;
  return parsed;
}

Field parse_field(const json& field) {
  Field parsed;
  parsed.name = field.at("name").get<std::string>();
  parsed.id = optional_id(field, "id");
  parsed.settings.font = optional_value<std::string>(field, "font", parsed.settings.font);
  parsed.settings.font_size = optional_value<int>(field, "size", parsed.settings.font_size);
  parsed.settings.rtl = optional_value(field, "rtl", false);
  parsed.settings.sticky = optional_value(field, "sticky", false);
  parsed.settings.plain_text = optional_value(field, "plainText", false);
  parsed.settings.collapsed = optional_value(field, "collapsed", false);
  parsed.settings.exclude_from_search = optional_value(field, "excludeFromSearch", false);
  parsed.settings.description = optional_value<std::string>(field, "description", "");
  parsed.settings.tag = optional_id(field, "tag");
  parsed.settings.prevent_deletion = optional_value(field, "preventDeletion", false);
  return parsed;
}

Template parse_template(const json& card) {
  Template parsed;
  parsed.name = card.at("name").get<std::string>();
  parsed.front = optional_value<std::string>(card, "qfmt", "");
  parsed.back = optional_value<std::string>(card, "afmt", "");
  parsed.browser_front = optional_value<std::string>(card, "bqfmt", "");
  parsed.browser_back = optional_value<std::string>(card, "bafmt", "");
  parsed.browser_font = optional_value<std::string>(card, "bfont", "");
  parsed.browser_font_size = optional_value<int64_t>(card, "bsize", 0);
  parsed.deck_override = optional_value<int64_t>(card, "did", 0);
  parsed.id = optional_id(card, "id");
  return parsed;
}

NoteType parse_note_type(const std::string& key, const json& model) {
  NoteType type;
  type.id = key_id(key);
  type.name = model.at("name").get<std::string>();
  type.is_cloze = optional_value<int64_t>(model, "type", 0) == 1;
  type.css = optional_value<std::string>(model, "css", "");
  type.sort_field = optional_value(model, "sortf", 0);
  type.mod = optional_value<int64_t>(model, "mod", 0);
  type.latex_pre = optional_value<std::string>(model, "latexPre", "");
  type.latex_post = optional_value<std::string>(model, "latexPost", "");
  type.latex_svg = optional_value(model, "latexsvg", false);
  type.original_stock_kind = static_cast<StockKind>(optional_value<int64_t>(model, "originalStockKind", 0));
  type.original_id = optional_id(model, "originalId");
  for (const json& field : model.at("flds")) type.fields.push_back(parse_field(field));
  for (const json& card : model.at("tmpls")) type.templates.push_back(parse_template(card));
  return type;
}

}  // namespace

void read_schema11_decks_and_note_types(SQLite::Database& db, Package& package) {
  SQLite::Statement col(db, "SELECT decks, models FROM col");
  if (!col.executeStep()) throw std::runtime_error("the col table is empty");
  try {
    const json decks = json::parse(col.getColumn(0).getString());
    for (const auto& [key, deck] : decks.items()) package.decks.push_back(parse_deck(key, deck));
    const json models = json::parse(col.getColumn(1).getString());
    for (const auto& [key, model] : models.items())
      package.note_types.push_back(parse_note_type(key, model));
  } catch (const json::exception& e) {
    throw std::runtime_error(std::string("unexpected deck or note type JSON: ") + e.what());
  }
}

}  // namespace deckpress::package
