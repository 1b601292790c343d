#include "anki/collection_json.h"
#include "anki/ids.h"
#include "cards/cards.h"

namespace deckpress::anki {
namespace {

using nlohmann::ordered_json;

constexpr int standard_kind = 0;
constexpr int cloze_kind = 1;

// Anki's newer keys are written only when they differ from its defaults,
// so a note type of ours gives the same bytes it always did.
ordered_json field_json(const NoteType& type, size_t index) {
  static const FieldSettings defaults;
  const FieldSettings& settings = index < type.field_settings.size() ? type.field_settings[index] : defaults;
  ordered_json field = {{"name", type.fields[index]},
                        {"ord", static_cast<int>(index)},
                        {"sticky", settings.sticky},
                        {"rtl", settings.rtl},
                        {"font", settings.font},
                        {"size", settings.font_size},
                        {"media", ordered_json::array()}};
  if (const auto id = field_id(type, index)) field["id"] = *id;
  if (!settings.description.empty()) field["description"] = settings.description;
  if (settings.plain_text) field["plainText"] = true;
  if (settings.collapsed) field["collapsed"] = true;
  if (settings.exclude_from_search) field["excludeFromSearch"] = true;
  if (settings.tag) field["tag"] = *settings.tag;
  if (settings.prevent_deletion) field["preventDeletion"] = true;
  return field;
}

ordered_json template_json(const NoteType& type, size_t index) {
  const Template& card = type.templates[index];
  ordered_json json = {{"name", card.name},          {"ord", static_cast<int>(index)},
                       {"qfmt", card.front},         {"afmt", card.back},
                       {"bqfmt", card.browser_front}, {"bafmt", card.browser_back},
                       {"did", nullptr},             {"bfont", card.browser_font},
                       {"bsize", card.browser_font_size}};
  if (const auto id = template_id(type, index)) json["id"] = *id;
  return json;
}

// The legacy card-generation cache: [ord, "any"|"all"|"none", [field ords]].
ordered_json requirements_json(const NoteType& type) {
  ordered_json requirements = ordered_json::array();
  for (const cards::Requirement& req : cards::template_requirements(type)) {
    requirements.push_back({req.ord, req.kind, req.fields});
  }
  return requirements;
}

}  // namespace

ordered_json note_type_json(const NoteType& type, int64_t mod, int64_t deck) {
  const int64_t id = note_type_id(type);
  ordered_json fields = ordered_json::array();
  for (size_t i = 0; i < type.fields.size(); ++i) fields.push_back(field_json(type, i));
  ordered_json templates = ordered_json::array();
  for (size_t i = 0; i < type.templates.size(); ++i) templates.push_back(template_json(type, i));
  const NoteTypeSettings& settings = type.settings;
  ordered_json model = {{"id", id},
          {"name", type.name},
          {"type", type.is_cloze ? cloze_kind : standard_kind},
          {"mod", mod},
          {"usn", -1},
          {"sortf", type.sort_field},
          {"did", deck},
          {"flds", fields},
          {"tmpls", templates},
          {"css", type.css},
          {"latexPre", settings.latex_pre.value_or(std::string(stock_latex_pre))},
          {"latexPost", settings.latex_post.value_or(std::string(stock_latex_post))},
          {"latexsvg", settings.latex_svg},
          {"req", requirements_json(type)},
          {"tags", ordered_json::array()},
          {"vers", ordered_json::array()}};
  if (settings.original_stock_kind != 0) model["originalStockKind"] = settings.original_stock_kind;
  return model;
}

std::string note_type_stored_text(const NoteType& type) { return note_type_json(type, 0, 0).dump(); }

ordered_json models_json(const PackageInput& input) {
  ordered_json models = ordered_json::object();
  for (const PackageNoteType& entry : input.note_types) {
    models[std::to_string(note_type_id(*entry.type))] = note_type_json(*entry.type, entry.mod, main_deck_id(input));
  }
  return models;
}

}  // namespace deckpress::anki
