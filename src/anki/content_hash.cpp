#include "anki/content_hash.h"

#include <fmt/format.h>

#include "anki/ids.h"

namespace deckpress::anki {
namespace {

constexpr std::string_view unit = "\x1f";

std::string short_hash(const std::string& content) { return sha256_hex(content).substr(0, 16); }

// Anki's settings of the note type, or "" while they are all Anki's defaults,
// so the note types of decks written before they existed keep their hashes.
std::string settings_content(const NoteType& type) {
  static const FieldSettings default_field;
  static const Template default_template;
  std::string content;
  const NoteTypeSettings& settings = type.settings;
  if (settings.latex_pre || settings.latex_post || settings.latex_svg || settings.original_stock_kind)
    content += fmt::format("{}latex {}{}{}{}{}{} kind {}", unit, settings.latex_pre.value_or("-"), unit,
                           settings.latex_post.value_or("-"), unit, settings.latex_svg, unit,
                           settings.original_stock_kind);
  for (const FieldSettings& field : type.field_settings) {
    if (field.font == default_field.font && field.font_size == default_field.font_size && !field.rtl &&
        !field.sticky && !field.plain_text && !field.collapsed && !field.exclude_from_search &&
        field.description.empty() && !field.tag && !field.prevent_deletion)
      continue;
    content += fmt::format("{}field {} {} {} {} {} {} {} {}{}{} {} {}", unit, &field - type.field_settings.data(),
                           field.font, field.font_size, field.rtl, field.sticky, field.plain_text,
                           field.collapsed, field.exclude_from_search, unit, field.description,
                           field.tag.value_or(-1), field.prevent_deletion);
  }
  for (const Template& card : type.templates) {
    if (card.browser_front.empty() && card.browser_back.empty() && card.browser_font.empty() &&
        card.browser_font_size == default_template.browser_font_size)
      continue;
    content += fmt::format("{}browser {}{}{}{}{}{}{}", unit, card.browser_front, unit, card.browser_back,
                           unit, card.browser_font, unit, card.browser_font_size);
  }
  return content;
}

}  // namespace

// Appended piece by piece: made for every note, it is most of the stamping's copying.
std::string note_content_hash(std::string_view note_type_name, const std::vector<std::string>& fields_html,
                              const std::vector<std::string>& tags) {
  std::string content(note_type_name);
  for (const auto& field : fields_html) content.append(unit).append(field);
  for (const auto& tag : tags) content.append(unit).append("#").append(tag);
  return short_hash(content);
}

std::string note_type_content_hash(const NoteType& type) {
  std::string content = type.name;
  content.append(unit).append(type.is_cloze ? "cloze" : "standard").append(unit).append(type.css);
  for (const auto& field : type.fields) content.append(unit).append(field);
  for (const auto& card : type.templates)
    content.append(unit).append(card.name).append(unit).append(card.front).append(unit).append(card.back);
  return short_hash(content + settings_content(type));
}

}  // namespace deckpress::anki
