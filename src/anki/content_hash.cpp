#include "anki/content_hash.h"

#include "anki/collection_json.h"
#include "anki/ids.h"

namespace deckpress::anki {
namespace {

constexpr std::string_view unit = "\x1f";

std::string short_hash(const std::string& content) { return sha256_hex(content).substr(0, 16); }

}  // namespace

// Appended piece by piece: made for every note, it is most of the stamping's copying.
std::string note_content_hash(std::string_view note_type_name, const std::vector<std::string>& fields_html,
                              const std::vector<std::string>& tags) {
  std::string content(note_type_name);
  for (const auto& field : fields_html) content.append(unit).append(field);
  for (const auto& tag : tags) content.append(unit).append("#").append(tag);
  return short_hash(content);
}

// Anki's note type as the package stores it: every stored change (sort field
// and Anki's settings included) changes the hash, so it moves the mod.
std::string note_type_content_hash(const NoteType& type) { return short_hash(note_type_stored_text(type)); }

}  // namespace deckpress::anki
