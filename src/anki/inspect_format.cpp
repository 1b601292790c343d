#include <fmt/format.h>

#include <map>

#include "anki/inspect.h"

namespace deckpress::anki {
namespace {

using nlohmann::ordered_json;

// One line per value: newlines shown as \n.
std::string one_line(const std::string& text) {
  std::string line;
  for (char c : text) line += c == '\n' ? std::string("\\n") : std::string(1, c);
  return line;
}

std::string join(const std::vector<std::string>& items, const char* separator) {
  std::string joined;
  for (const std::string& item : items) joined += (joined.empty() ? "" : separator) + item;
  return joined;
}

template <typename Item>
std::map<int64_t, std::string> names_by_id(const std::vector<Item>& items) {
  std::map<int64_t, std::string> names;
  for (const Item& item : items) names[item.id] = item.name;
  return names;
}

void write_note_types(std::string& out, const package::Package& contents) {
  out += fmt::format("\nNote types ({})\n", contents.note_types.size());
  for (const package::NoteType& type : contents.note_types) {
    out += fmt::format("  {}  {} ({})\n", type.id, type.name, type.is_cloze ? "cloze" : "standard");
    out += fmt::format("    fields: {}\n", join(type.field_names(), ", "));
    for (const package::Template& card : type.templates) {
      out += fmt::format("    template \"{}\"\n      front: {}\n      back:  {}\n", card.name,
                         one_line(card.front), one_line(card.back));
    }
  }
}

// Each note with its fields, named by its note type, and its cards.
void write_notes(std::string& out, const package::Package& contents) {
  const std::map<int64_t, std::string> decks = names_by_id(contents.decks);
  std::map<int64_t, const package::NoteType*> types;
  for (const package::NoteType& type : contents.note_types) types[type.id] = &type;
  std::multimap<int64_t, const package::Card*> cards;
  for (const package::Card& card : contents.cards) cards.emplace(card.note_id, &card);

  out += fmt::format("\nNotes ({}), cards ({})\n", contents.notes.size(), contents.cards.size());
  for (const package::Note& note : contents.notes) {
    const package::NoteType* type =
        types.count(note.note_type_id) ? types[note.note_type_id] : nullptr;
    out += fmt::format("  {}  guid {}  type {}\n", note.id, note.guid,
                       type ? type->name : fmt::format("{} (missing)", note.note_type_id));
    for (size_t i = 0; i < note.fields.size(); ++i) {
      const bool named = type && i < type->fields.size();
      out += fmt::format("    {}: {}\n", named ? type->fields[i].name : fmt::format("field {}", i + 1),
                         one_line(note.fields[i]));
    }
    if (!note.tags.empty()) out += fmt::format("    tags: {}\n", join(note.tags, " "));
    const auto [first, last] = cards.equal_range(note.id);
    for (auto it = first; it != last; ++it) {
      const package::Card& card = *it->second;
      const bool known = decks.count(card.deck_id);
      out += fmt::format(
          "    card {} in {}\n", card.ord,
          known ? decks.at(card.deck_id) : fmt::format("deck {} (missing)", card.deck_id));
    }
  }
}

void write_media(std::string& out, const package::Package& contents) {
  out += fmt::format("\nMedia ({})\n", contents.media.size());
  for (const package::Media& file : contents.media) {
    out += file.present ? fmt::format("  {}  {}  {} bytes\n", file.member, file.name, file.size)
                        : fmt::format("  {}  {}  (entry missing)\n", file.member, file.name);
  }
}

ordered_json json_of(const package::Deck& deck) {
  return {{"id", deck.id}, {"name", deck.name}, {"description", deck.description}};
}

ordered_json json_of(const package::Template& card) {
  return {{"name", card.name}, {"front", card.front}, {"back", card.back}};
}

// Declared before array_of, which finds its overloads where it is defined.
ordered_json json_of(const package::NoteType& type);
ordered_json json_of(const package::Note& note);
ordered_json json_of(const package::Card& card);
ordered_json json_of(const package::Media& file);

template <typename Item>
ordered_json array_of(const std::vector<Item>& items) {
  ordered_json array = ordered_json::array();
  for (const Item& item : items) array.push_back(json_of(item));
  return array;
}

ordered_json json_of(const package::NoteType& type) {
  return {{"id", type.id},
          {"name", type.name},
          {"kind", type.is_cloze ? "cloze" : "standard"},
          {"fields", type.field_names()},
          {"templates", array_of(type.templates)}};
}

ordered_json json_of(const package::Note& note) {
  return {{"id", note.id},
          {"guid", note.guid},
          {"note_type", note.note_type_id},
          {"fields", note.fields},
          {"tags", note.tags}};
}

ordered_json json_of(const package::Card& card) {
  return {{"id", card.id}, {"note", card.note_id}, {"ord", card.ord}, {"deck", card.deck_id}};
}

ordered_json json_of(const package::Media& file) {
  return {{"entry", file.member}, {"name", file.name}, {"present", file.present}, {"size", file.size}};
}

}  // namespace

std::string format_text(const package::Package& contents) {
  std::string out =
      fmt::format("{} (schema {})\n", contents.collection_member, contents.schema_version);
  out += fmt::format("\nDecks ({})\n", contents.decks.size());
  for (const package::Deck& deck : contents.decks)
    out += fmt::format("  {}  {}\n", deck.id, deck.name);
  write_note_types(out, contents);
  write_notes(out, contents);
  write_media(out, contents);
  return out;
}

ordered_json to_json(const package::Package& contents) {
  return {
      {"collection", contents.collection_member}, {"schema", contents.schema_version},
      {"decks", array_of(contents.decks)},       {"note_types", array_of(contents.note_types)},
      {"notes", array_of(contents.notes)},       {"cards", array_of(contents.cards)},
      {"media", array_of(contents.media)}};
}

}  // namespace deckpress::anki
