#include "anki/package_checks.h"

#include <filesystem>
#include <set>
#include <stdexcept>
#include <string_view>
#include <unordered_set>

namespace deckpress::anki {
namespace {

[[noreturn]] void reject(const std::string& problem) {
  throw std::runtime_error("cannot write the Anki package: " + problem);
}

// Modern Anki rejects the whole package when one name is not a plain file name.
bool is_plain_file_name(const std::string& name) {
  return !name.empty() && name != "." && name != ".." &&
         name.find_first_of("/\\") == std::string::npos;
}

void check_note(const PackageNote& note, const std::set<const NoteType*>& types) {
  const std::string which = "note " + note.guid;
  if (!types.count(note.type)) reject(which + " uses a note type missing from the package");
  if (note.fields_html.size() != note.type->fields.size()) {
    reject(which + " has " + std::to_string(note.fields_html.size()) + " fields, its note type " +
           std::to_string(note.type->fields.size()));
  }
  if (note.card_ords.empty()) reject(which + " yields no card");
  if (note.deck_name.empty()) reject(which + " has no deck");
}

// Anki matches notes by guid; ids are primary keys.
void check_unique_notes(const std::vector<PackageNote>& notes) {
  std::unordered_set<std::string_view> guids(notes.size());
  std::unordered_set<int64_t> ids(notes.size());
  for (const PackageNote& note : notes) {
    if (!guids.insert(note.guid).second) reject("two notes have the guid " + note.guid);
    if (!ids.insert(note.id).second) reject("two notes have the id " + std::to_string(note.id));
  }
}

void check_media(const std::vector<MediaFile>& media) {
  std::set<std::string> names;
  for (const MediaFile& file : media) {
    if (!is_plain_file_name(file.name))
      reject("media name \"" + file.name + "\" is not a plain file name");
    if (!names.insert(file.name).second) reject("two media files are named \"" + file.name + "\"");
    if (!std::filesystem::is_regular_file(file.source_path)) {
      reject("media file " + file.source_path.string() + " does not exist");
    }
  }
}

}  // namespace

void check_package_input(const PackageInput& input) {
  std::set<const NoteType*> types;
  for (const PackageNoteType& entry : input.note_types) types.insert(entry.type);
  for (const PackageNote& note : input.notes) check_note(note, types);
  check_unique_notes(input.notes);
  check_media(input.media);
}

}  // namespace deckpress::anki
