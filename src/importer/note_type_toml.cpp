// The text of an imported note type's folder: only what differs from
// deckpress's defaults is written, so the description reads like one written
// by hand, yet reads back to exactly Anki's note type.
#include <fmt/format.h>

#include "importer/note_type_folder.h"
#include "importer/toml_text.h"

namespace deckpress::importer {
namespace {

void add_line(std::string& out, std::string_view key, const std::string& value) {
  out += fmt::format("{} = {}\n", key, value);
}

void add_flag(std::string& out, std::string_view key, bool value) {
  if (value) add_line(out, key, "true");
}

std::string top_table(const NoteTypeFolder& folder) {
  const NoteType& type = folder.type;
  std::string out = fmt::format(
      "# Anki's note type \"{}\", imported with its ids: they keep it the same note type\n"
      "# in Anki, so do not change them.\n",
      type.name);
  if (type.verbatim) {
    out += "# deckpress packages its templates as they are and cannot check or show them exactly:\n";
    for (const std::string& reason : folder.verbatim_reasons) out += "#   " + reason + "\n";
  }
  add_line(out, "name", toml_string(type.name));
  add_line(out, "id", std::to_string(*type.id));
  add_flag(out, "cloze", type.is_cloze);
  add_flag(out, "verbatim", type.verbatim);
  add_line(out, "css", "[\"style.css\"]");
  if (type.sort_field != 0) add_line(out, "sort_field", toml_string(type.field_keys[type.sort_field]));
  const NoteTypeSettings& settings = type.settings;
  if (settings.original_stock_kind != 0)
    add_line(out, "original_stock_kind", std::to_string(settings.original_stock_kind));
  if (settings.latex_pre) add_line(out, "latex_pre", toml_string(*settings.latex_pre));
  if (settings.latex_post) add_line(out, "latex_post", toml_string(*settings.latex_post));
  add_flag(out, "latex_svg", settings.latex_svg);
  return out;
}

std::string field_table(const NoteType& type, size_t i) {
  static const FieldSettings defaults;
  const FieldSettings& field = type.field_settings[i];
  std::string out = "\n[[field]]\n";
  add_line(out, "key", toml_string(type.field_keys[i]));
  add_line(out, "name", toml_string(type.fields[i]));
  add_line(out, "id", std::to_string(type.field_ids[i].value_or(0)));
  if (field.font != defaults.font) add_line(out, "font", toml_string(field.font));
  if (field.font_size != defaults.font_size) add_line(out, "size", std::to_string(field.font_size));
  add_flag(out, "rtl", field.rtl);
  add_flag(out, "sticky", field.sticky);
  add_flag(out, "plain_text", field.plain_text);
  add_flag(out, "collapsed", field.collapsed);
  add_flag(out, "exclude_from_search", field.exclude_from_search);
  if (!field.description.empty()) add_line(out, "description", toml_string(field.description));
  if (field.tag) add_line(out, "tag", std::to_string(*field.tag));
  add_flag(out, "prevent_deletion", field.prevent_deletion);
  return out;
}

std::string template_table(const NoteTypeFolder& folder, size_t i) {
  const Template& card = folder.type.templates[i];
  std::string out = "\n[[template]]\n";
  add_line(out, "name", toml_string(card.name));
  add_line(out, "id", std::to_string(card.id.value_or(0)));
  add_line(out, "front", toml_string(folder.template_files[i] + ".front.html"));
  add_line(out, "back", toml_string(folder.template_files[i] + ".back.html"));
  if (!card.browser_front.empty()) add_line(out, "browser_front", toml_string(card.browser_front));
  if (!card.browser_back.empty()) add_line(out, "browser_back", toml_string(card.browser_back));
  if (!card.browser_font.empty()) add_line(out, "browser_font", toml_string(card.browser_font));
  if (card.browser_font_size != 0) add_line(out, "browser_size", std::to_string(card.browser_font_size));
  return out;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> note_type_files(const NoteTypeFolder& folder) {
  std::string toml = top_table(folder);
  for (size_t i = 0; i < folder.type.fields.size(); ++i) toml += field_table(folder.type, i);
  for (size_t i = 0; i < folder.type.templates.size(); ++i) toml += template_table(folder, i);
  std::vector<std::pair<std::string, std::string>> files = {{"notetype.toml", std::move(toml)},
                                                           {"style.css", folder.type.css}};
  for (size_t i = 0; i < folder.type.templates.size(); ++i) {
    files.emplace_back(folder.template_files[i] + ".front.html", folder.type.templates[i].front);
    files.emplace_back(folder.template_files[i] + ".back.html", folder.type.templates[i].back);
  }
  return files;
}

}  // namespace deckpress::importer
