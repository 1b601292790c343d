#include "pipeline/printable_package.h"

#include <algorithm>
#include <memory>

#include "package/read.h"

namespace deckpress::pipeline {
namespace {

NoteType note_type_of(const package::NoteType& anki) {
  NoteType type;
  type.key = anki.name;
  type.name = anki.name;
  type.is_cloze = anki.is_cloze;
  type.fields = anki.field_names();
  for (const package::Template& tmpl : anki.templates) {
    Template& added = type.templates.emplace_back();
    added.name = tmpl.name;
    added.front = tmpl.front;
    added.back = tmpl.back;
  }
  type.css = anki.css;
  type.sort_field = anki.sort_field;
  type.source = "package";
  return type;
}

}  // namespace

PrintablePackage read_printable_package(const std::filesystem::path& path) {
  auto reader = std::make_shared<package::PackageReader>(path);
  package::Package contents = reader->read();
  PrintablePackage package;
  std::map<int64_t, size_t> type_index;
  for (const package::NoteType& type : contents.note_types) {
    type_index[type.id] = package.note_types.size();
    package.note_types.push_back(note_type_of(type));
  }
  std::map<int64_t, std::string> deck_names;
  for (const package::Deck& deck : contents.decks) deck_names[deck.id] = deck.name;
  std::map<int64_t, std::vector<const package::Card*>> cards;
  for (const package::Card& card : contents.cards) cards[card.note_id].push_back(&card);
  for (package::Note& note : contents.notes) {
    auto type = type_index.find(note.note_type_id);
    auto own = cards.find(note.id);
    if (type == type_index.end() || own == cards.end()) continue;
    PackageNote printable{note.guid, type->second, std::move(note.fields), std::move(note.tags),
                          deck_names[own->second.front()->deck_id], {}};
    for (const package::Card* card : own->second) printable.ords.push_back(card->ord);
    package.notes.push_back(std::move(printable));
  }
  std::stable_sort(package.notes.begin(), package.notes.end(),
                   [](const PackageNote& a, const PackageNote& b) { return a.deck < b.deck; });
  auto media = std::make_shared<std::map<std::string, package::Media>>();
  for (const package::Media& file : contents.media) {
    if (!file.present) continue;
    package.media[file.name] = file.member;
    (*media)[file.member] = file;
  }
  // The reader decodes each file as its format stores it (zstd in current packages).
  package.media_bytes = [reader, media](const std::string& member) {
    const auto file = media->find(member);
    if (file == media->end()) throw std::runtime_error(reader->path().string() + ": no media member " + member);
    return reader->media_bytes(file->second);
  };
  return package;
}

}  // namespace deckpress::pipeline
