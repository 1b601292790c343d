#pragma once
// Anki's protobuf messages in current packages, decoded into the package
// model. Field numbers are those of Anki's proto/anki/*.proto, unchanged
// since 2.1.50; fields this model does not keep are skipped. Each throws
// ProtobufError (package/protobuf.h) on a malformed message.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "package/model.h"

namespace deckpress::package {

// PackageMetadata, the `meta` member: the package version (1, 2 or 3), or
// nothing when it is unknown (0 or absent), which Anki reads as "too new".
std::optional<int64_t> decode_package_version(std::string_view meta);

// Notetype.Config (notetypes.config): kind, sort field, CSS, LaTeX, stock kind.
void decode_note_type_config(std::string_view config, NoteType& type);
// Notetype.Field.Config (fields.config); the name and order are columns.
void decode_field_config(std::string_view config, Field& field);
// Notetype.Template.Config (templates.config).
void decode_template_config(std::string_view config, Template& card);
// Deck.KindContainer (decks.kind): normal (with its description) or filtered.
void decode_deck_kind(std::string_view kind, Deck& deck);

struct MediaEntry {
  std::string name;
  uint64_t size = 0;
  std::string sha1;                                 // 20 bytes
  std::optional<uint64_t> legacy_zip_filename;      // the member's number, when it is not the index
};
// MediaEntries, the zstd-decoded `media` member.
std::vector<MediaEntry> decode_media_entries(std::string_view entries);

}  // namespace deckpress::package
