#include "importer/deck_file.h"

#include <fmt/format.h>

#include "importer/markdown_fields.h"
#include "importer/toml_text.h"

namespace deckpress::importer {
namespace {

// `key = value`, the value a TOML string.
void add_line(std::string& out, std::string_view key, std::string_view value) {
  out.append(key).append(" = ");
  append_toml_string(out, value);
  out += '\n';
}

// `key = text` in the deck's format, or `key.html = text` when it must stay HTML.
void add_text(std::string& out, const std::string& key, const std::string& html,
              const std::optional<std::string>& markdown, bool markdown_deck) {
  if (!markdown_deck) add_line(out, key, html);
  else if (markdown) add_line(out, key, *markdown);
  else add_line(out, key + ".html", html);
}

void add_description(std::string& out, const std::string& html, bool markdown_deck) {
  if (!html.empty()) add_text(out, "description", html, markdown_deck ? markdown_for(html) : std::nullopt, markdown_deck);
}

std::string deck_table(const DeckFile& deck, const std::string& package_name, bool markdown) {
  std::string out = fmt::format(
      "# Imported from {} by `deckpress import`. Each note keeps Anki's guid, so a\n"
      "# package built from this file updates the notes you study instead of adding new ones.\n\n"
      "[deck]\nname = {}\n",
      package_name, toml_string(deck.name));
  add_description(out, deck.description, markdown);
  out += markdown ? "format = \"markdown\"\nallow_html = true\n" : "format = \"html\"\n";
  out += fmt::format("media_folder = \"{}\"\nnote_type = {}\n", media_folder_name, toml_string(deck.default_type));
  if (!deck.unused_note_types.empty()) {
    std::vector<std::string> keys;
    for (const NoteTypeFolder* folder : deck.unused_note_types) keys.push_back(folder->type.key);
    out += "note_types = ";
    append_toml_strings(out, keys);
    out += '\n';
  }
  for (const Subdeck& subdeck : deck.subdecks) {
    out += "\n[[subdeck]]\n";
    add_line(out, "name", subdeck.name);
    add_description(out, subdeck.description, markdown);
  }
  return out;
}

// Appended piece by piece: an imported deck may hold a hundred thousand notes.
void add_note(std::string& out, const DeckFile& deck, const ImportedNote& note, bool markdown) {
  const NoteType& type = note.type->type;
  out += "\n[[note]]\n";
  add_line(out, "guid", note.note->guid);
  if (type.key != deck.default_type) add_line(out, "type", type.key);
  if (note.subdeck >= 0) add_line(out, "subdeck", deck.subdecks[static_cast<size_t>(note.subdeck)].name);
  if (!note.tags.empty()) {
    out += "tags = ";
    append_toml_strings(out, note.tags);
    out += '\n';
  }
  for (size_t i = 0; i < type.fields.size(); ++i) {
    const std::string& html = note.note->fields[i];
    if (html.empty()) continue;
    add_text(out, type.field_keys[i], html, markdown ? note.markdown[i] : std::nullopt, markdown);
  }
}

}  // namespace

std::string deck_file_text(const DeckFile& deck, const std::string& package_name, bool markdown) {
  std::string out = deck_table(deck, package_name, markdown);
  size_t size = 0;
  for (const ImportedNote& note : deck.notes)
    for (const std::string& field : note.note->fields) size += field.size() + 32;
  out.reserve(out.size() + size + 64 * deck.notes.size());
  for (const ImportedNote& note : deck.notes) add_note(out, deck, note, markdown);
  return out;
}

}  // namespace deckpress::importer
