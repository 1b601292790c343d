#include "importer/note_type_folder.h"

#include <algorithm>

#include <fmt/format.h>

#include "cards/filters.h"
#include "cards/template.h"
#include "importer/toml_text.h"

namespace deckpress::importer {
namespace {

constexpr int64_t image_occlusion = 6;

bool has_script(std::string lower) {
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  return lower.find("<script") != std::string::npos;
}

void find_unknown_filters(const std::vector<cards::TemplateNode>& nodes, std::vector<std::string>& found) {
  for (const cards::TemplateNode& node : nodes) {
    const std::string* filter = cards::unknown_filter(node.filters);
    if (filter && std::find(found.begin(), found.end(), *filter) == found.end()) found.push_back(*filter);
    find_unknown_filters(node.children, found);
  }
}

std::vector<std::string> verbatim_reasons(const NoteType& type) {
  std::vector<std::string> reasons;
  if (type.settings.original_stock_kind == image_occlusion) reasons.push_back("image occlusion");
  for (const Template& card : type.templates) {
    if (has_script(card.front + card.back))
      reasons.push_back(fmt::format("a script in template '{}'", card.name));
    std::vector<std::string> unknown;
    find_unknown_filters(cards::parse_template(card.front), unknown);
    find_unknown_filters(cards::parse_template(card.back), unknown);
    for (const std::string& filter : unknown)
      reasons.push_back(fmt::format("filter '{}' in template '{}'", filter, card.name));
  }
  return reasons;
}

void add_fields(const package::NoteType& anki, NoteType& type) {
  std::vector<std::string> taken = note_keys;
  for (size_t i = 0; i < anki.fields.size(); ++i) {
    const package::Field& field = anki.fields[i];
    type.fields.push_back(field.name);
    type.field_keys.push_back(unique_key(slug(field.name), fmt::format("field-{}", i + 1), taken));
    type.field_required.push_back(false);
    type.field_ids.push_back(field.id.value_or(0));
    type.field_settings.push_back(field.settings);
  }
}

void add_templates(const package::NoteType& anki, NoteTypeFolder& folder) {
  std::vector<std::string> taken = {"style", "notetype"};
  for (size_t i = 0; i < anki.templates.size(); ++i) {
    const package::Template& card = anki.templates[i];
    folder.type.templates.push_back({.name = card.name,
                                     .front = card.front,
                                     .back = card.back,
                                     .key = {},
                                     .front_path = {},
                                     .back_path = {},
                                     .id = card.id.value_or(0),
                                     .browser_front = card.browser_front,
                                     .browser_back = card.browser_back,
                                     .browser_font = card.browser_font,
                                     .browser_font_size = static_cast<int>(card.browser_font_size)});
    folder.template_files.push_back(unique_key(slug(card.name), fmt::format("card-{}", i + 1), taken));
  }
}

std::optional<std::string> unless_stock(const std::string& value, const char* stock) {
  if (value == stock) return std::nullopt;
  return value;
}

}  // namespace

NoteTypeFolder note_type_folder(const package::NoteType& anki, const std::string& key) {
  NoteTypeFolder folder;
  NoteType& type = folder.type;
  type.key = key;
  type.name = anki.name;
  type.is_cloze = anki.is_cloze;
  type.css = anki.css;
  type.sort_field = anki.sort_field >= 0 && anki.sort_field < static_cast<int>(anki.fields.size()) ? anki.sort_field : 0;
  type.id = anki.id;
  add_fields(anki, type);
  add_templates(anki, folder);
  type.settings = {.latex_pre = unless_stock(anki.latex_pre, stock_latex_pre),
                   .latex_post = unless_stock(anki.latex_post, stock_latex_post),
                   .latex_svg = anki.latex_svg,
                   .original_stock_kind = static_cast<int64_t>(anki.original_stock_kind)};
  folder.verbatim_reasons = verbatim_reasons(type);
  type.verbatim = !folder.verbatim_reasons.empty();
  return folder;
}

}  // namespace deckpress::importer
