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

void write_note_types(std::string& out, const PackageContents& contents) {
  out += fmt::format("\nNote types ({})\n", contents.note_types.size());
  for (const InspectedNoteType& type : contents.note_types) {
    out += fmt::format("  {}  {} ({})\n", type.id, type.name, type.is_cloze ? "cloze" : "standard");
    out += fmt::format("    fields: {}\n", join(type.fields, ", "));
    for (const InspectedTemplate& card : type.templates) {
      out += fmt::format("    template \"{}\"\n      front: {}\n      back:  {}\n", card.name,
                         one_line(card.front), one_line(card.back));
    }
  }
}

// Each note with its fields, named by its note type, and its cards.
void write_notes(std::string& out, const PackageContents& contents) {
  const std::map<int64_t, std::string> decks = names_by_id(contents.decks);
  std::map<int64_t, const InspectedNoteType*> types;
  for (const InspectedNoteType& type : contents.note_types) types[type.id] = &type;
  std::multimap<int64_t, const InspectedCard*> cards;
  for (const InspectedCard& card : contents.cards) cards.emplace(card.note_id, &card);

  out += fmt::format("\nNotes ({}), cards ({})\n", contents.notes.size(), contents.cards.size());
  for (const InspectedNote& note : contents.notes) {
    const InspectedNoteType* type =
        types.count(note.note_type_id) ? types[note.note_type_id] : nullptr;
    out += fmt::format("  {}  guid {}  type {}\n", note.id, note.guid,
                       type ? type->name : fmt::format("{} (missing)", note.note_type_id));
    for (size_t i = 0; i < note.fields.size(); ++i) {
      const bool named = type && i < type->fields.size();
      out += fmt::format("    {}: {}\n", named ? type->fields[i] : fmt::format("field {}", i + 1),
                         one_line(note.fields[i]));
    }
    if (!note.tags.empty()) out += fmt::format("    tags: {}\n", join(note.tags, " "));
    const auto [first, last] = cards.equal_range(note.id);
    for (auto it = first; it != last; ++it) {
      const InspectedCard& card = *it->second;
      const bool known = decks.count(card.deck_id);
      out += fmt::format(
          "    card {} in {}\n", card.ord,
          known ? decks.at(card.deck_id) : fmt::format("deck {} (missing)", card.deck_id));
    }
  }
}

void write_media(std::string& out, const PackageContents& contents) {
  out += fmt::format("\nMedia ({})\n", contents.media.size());
  for (const InspectedMedia& file : contents.media) {
    out += file.present ? fmt::format("  {}  {}  {} bytes\n", file.entry, file.name, file.size)
                        : fmt::format("  {}  {}  (entry missing)\n", file.entry, file.name);
  }
}

}  // namespace

// nlohmann finds these by argument-dependent lookup, also for vectors of
// them; static keeps them to this file.
static void to_json(ordered_json& out, const InspectedDeck& deck) {
  out = {{"id", deck.id}, {"name", deck.name}, {"description", deck.description}};
}

static void to_json(ordered_json& out, const InspectedTemplate& card) {
  out = {{"name", card.name}, {"front", card.front}, {"back", card.back}};
}

static void to_json(ordered_json& out, const InspectedNoteType& type) {
  out = {{"id", type.id},
          {"name", type.name},
          {"kind", type.is_cloze ? "cloze" : "standard"},
          {"fields", type.fields},
          {"templates", type.templates}};
}

static void to_json(ordered_json& out, const InspectedNote& note) {
  out = {{"id", note.id},
          {"guid", note.guid},
          {"note_type", note.note_type_id},
          {"fields", note.fields},
          {"tags", note.tags}};
}

static void to_json(ordered_json& out, const InspectedCard& card) {
  out = {{"id", card.id}, {"note", card.note_id}, {"ord", card.ord}, {"deck", card.deck_id}};
}

static void to_json(ordered_json& out, const InspectedMedia& file) {
  out = {
      {"entry", file.entry}, {"name", file.name}, {"present", file.present}, {"size", file.size}};
}

std::string format_text(const PackageContents& contents) {
  std::string out =
      fmt::format("{} (schema {})\n", contents.collection_entry, contents.schema_version);
  out += fmt::format("\nDecks ({})\n", contents.decks.size());
  for (const InspectedDeck& deck : contents.decks)
    out += fmt::format("  {}  {}\n", deck.id, deck.name);
  write_note_types(out, contents);
  write_notes(out, contents);
  write_media(out, contents);
  return out;
}

ordered_json to_json(const PackageContents& contents) {
  return {
      {"collection", contents.collection_entry}, {"schema", contents.schema_version},
      {"decks", contents.decks},                 {"note_types", contents.note_types},
      {"notes", contents.notes},                 {"cards", contents.cards},
      {"media", contents.media}};
}

}  // namespace deckpress::anki
