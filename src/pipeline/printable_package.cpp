#include "pipeline/printable_package.h"

#include <algorithm>
#include <memory>

#include "anki/inspect.h"
#include "anki/zip_reader.h"

namespace deckpress::pipeline {
namespace {

// Far above any real picture; a zip bomb fails instead of filling memory.
constexpr uint64_t kMaxMediaBytes = uint64_t{512} << 20;

NoteType note_type_of(const anki::InspectedNoteType& inspected) {
  NoteType type;
  type.key = inspected.name;
  type.name = inspected.name;
  type.is_cloze = inspected.is_cloze;
  type.fields = inspected.fields;
  for (const anki::InspectedTemplate& tmpl : inspected.templates) {
    Template& added = type.templates.emplace_back();
    added.name = tmpl.name;
    added.front = tmpl.front;
    added.back = tmpl.back;
  }
  type.css = inspected.css;
  type.sort_field = inspected.sort_field;
  type.source = "package";
  return type;
}

}  // namespace

PrintablePackage read_printable_package(const std::filesystem::path& path) {
  anki::PackageContents contents = anki::inspect_package(path);
  PrintablePackage package;
  std::map<int64_t, size_t> type_index;
  for (const anki::InspectedNoteType& type : contents.note_types) {
    type_index[type.id] = package.note_types.size();
    package.note_types.push_back(note_type_of(type));
  }
  std::map<int64_t, std::string> deck_names;
  for (const anki::InspectedDeck& deck : contents.decks) deck_names[deck.id] = deck.name;
  std::map<int64_t, std::vector<const anki::InspectedCard*>> cards;
  for (const anki::InspectedCard& card : contents.cards) cards[card.note_id].push_back(&card);
  for (anki::InspectedNote& note : contents.notes) {
    auto type = type_index.find(note.note_type_id);
    auto own = cards.find(note.id);
    if (type == type_index.end() || own == cards.end()) continue;
    PackageNote printable{note.guid, type->second, std::move(note.fields), std::move(note.tags),
                          deck_names[own->second.front()->deck_id], {}};
    for (const anki::InspectedCard* card : own->second) printable.ords.push_back(card->ord);
    package.notes.push_back(std::move(printable));
  }
  std::stable_sort(package.notes.begin(), package.notes.end(),
                   [](const PackageNote& a, const PackageNote& b) { return a.deck < b.deck; });
  for (const anki::InspectedMedia& media : contents.media) {
    if (media.present) package.media[media.name] = media.entry;
  }
  auto zip = std::make_shared<anki::ZipReader>(path);
  package.media_bytes = [zip](const std::string& member) { return zip->read(member, kMaxMediaBytes); };
  return package;
}

}  // namespace deckpress::pipeline
