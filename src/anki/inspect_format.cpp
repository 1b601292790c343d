#include <fmt/format.h>

#include <iterator>
#include <map>
#include <ostream>
#include <sstream>
#include <string_view>

#include "anki/inspect.h"

namespace deckpress::anki {
namespace {

using nlohmann::ordered_json;

// One line per value: newlines shown as \n. Appended in place: a large
// package's notes are most of the output.
void append_one_line(std::string& out, std::string_view text) {
  for (size_t start = 0;;) {
    const size_t newline = text.find('\n', start);
    out.append(text.substr(start, newline == std::string_view::npos ? newline : newline - start));
    if (newline == std::string_view::npos) return;
    out += "\\n";
    start = newline + 1;
  }
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
  fmt::format_to(std::back_inserter(out), "\nNote types ({})\n", contents.note_types.size());
  for (const package::NoteType& type : contents.note_types) {
    fmt::format_to(std::back_inserter(out), "  {}  {} ({})\n    fields: {}\n", type.id, type.name,
                   type.is_cloze ? "cloze" : "standard", join(type.field_names(), ", "));
    for (const package::Template& card : type.templates) {
      fmt::format_to(std::back_inserter(out), "    template \"{}\"\n      front: ", card.name);
      append_one_line(out, card.front);
      out += "\n      back:  ";
      append_one_line(out, card.back);
      out += '\n';
    }
  }
}

void write_note(std::string& out, const package::Note& note, const package::NoteType* type) {
  fmt::format_to(std::back_inserter(out), "  {}  guid {}  type ", note.id, note.guid);
  if (type) out += type->name;
  else fmt::format_to(std::back_inserter(out), "{} (missing)", note.note_type_id);
  out += '\n';
  for (size_t i = 0; i < note.fields.size(); ++i) {
    if (type && i < type->fields.size()) fmt::format_to(std::back_inserter(out), "    {}: ", type->fields[i].name);
    else fmt::format_to(std::back_inserter(out), "    field {}: ", i + 1);
    append_one_line(out, note.fields[i]);
    out += '\n';
  }
  if (!note.tags.empty()) fmt::format_to(std::back_inserter(out), "    tags: {}\n", join(note.tags, " "));
}

// Each note with its fields, named by its note type, and its cards. Notes
// come by id and cards by note: one walk pairs them. The text goes to
// `stream` a megabyte at a time: a large package's is over a hundred.
void write_notes(std::string& out, const package::Package& contents, std::ostream& stream) {
  const std::map<int64_t, std::string> decks = names_by_id(contents.decks);
  std::map<int64_t, const package::NoteType*> types;
  for (const package::NoteType& type : contents.note_types) types[type.id] = &type;

  fmt::format_to(std::back_inserter(out), "\nNotes ({}), cards ({})\n", contents.notes.size(), contents.cards.size());
  auto card = contents.cards.begin();
  for (const package::Note& note : contents.notes) {
    const auto type = types.find(note.note_type_id);
    write_note(out, note, type != types.end() ? type->second : nullptr);
    while (card != contents.cards.end() && card->note_id < note.id) ++card;
    for (; card != contents.cards.end() && card->note_id == note.id; ++card) {
      const auto deck = decks.find(card->deck_id);
      if (deck != decks.end()) fmt::format_to(std::back_inserter(out), "    card {} in {}\n", card->ord, deck->second);
      else fmt::format_to(std::back_inserter(out), "    card {} in deck {} (missing)\n", card->ord, card->deck_id);
    }
    if (out.size() > (1 << 20)) {
      stream.write(out.data(), static_cast<std::streamsize>(out.size()));
      out.clear();
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

void write_text(const package::Package& contents, std::ostream& stream) {
  std::string out;
  fmt::format_to(std::back_inserter(out), "{} (schema {})\n\nDecks ({})\n", contents.collection_member,
                 contents.schema_version, contents.decks.size());
  for (const package::Deck& deck : contents.decks) fmt::format_to(std::back_inserter(out), "  {}  {}\n", deck.id, deck.name);
  write_note_types(out, contents);
  write_notes(out, contents, stream);
  write_media(out, contents);
  stream.write(out.data(), static_cast<std::streamsize>(out.size()));
}

std::string format_text(const package::Package& contents) {
  std::ostringstream text;
  write_text(contents, text);
  return text.str();
}

ordered_json to_json(const package::Package& contents) {
  return {
      {"collection", contents.collection_member}, {"schema", contents.schema_version},
      {"decks", array_of(contents.decks)},       {"note_types", array_of(contents.note_types)},
      {"notes", array_of(contents.notes)},       {"cards", array_of(contents.cards)},
      {"media", array_of(contents.media)}};
}

}  // namespace deckpress::anki
