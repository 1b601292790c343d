#pragma once
// Stable identities: the same source always gives the same ids.
#include <cstdint>
#include <string>
#include <string_view>
#include <optional>
#include <vector>

#include "deck/model.h"

namespace deckpress::anki {

// Note guid: SHA-256 of the parts joined by "__", first 8 bytes as a
// big-endian integer, written in Anki's base-91 alphabet.
std::string guid_for(const std::vector<std::string>& parts);

// Positive 63-bit id from a SHA-256 of the text, below 2^53 so JavaScript
// clients keep it exact. Used for deck, note type, field and template ids.
int64_t stable_id(std::string_view text);

// Anki's Default deck has id 1 in every collection; a deck of ours named so
// is that deck, so its notes land in the user's Default deck.
inline constexpr int64_t kDefaultDeckId = 1;
int64_t deck_id(std::string_view deck_name);
int64_t note_type_id(std::string_view note_type_name);
// Fields and templates carry ids (Anki 23.10+) so re-import matches them.
// They derive from keys users do not rename casually: the field's key, the
// template's key (or its name when it has none); renaming a display name
// then updates the note type in place.
int64_t field_id(int64_t note_type_id, std::string_view field_key);
int64_t template_id(int64_t note_type_id, std::string_view template_key);

// The ids a note type is packaged with: its explicit ones (notetype.toml's
// `id` keys), else the derived ones above. A field or template without one
// (an explicit 0, as in note types from Anki before 23.10) gets none.
int64_t note_type_id(const NoteType& type);
std::optional<int64_t> field_id(const NoteType& type, size_t index);
std::optional<int64_t> template_id(const NoteType& type, size_t index);

// The wanted ids, in order, made unique: an id already given out moves down
// to the nearest free one below, so ids never move into the future.
std::vector<int64_t> unique_ids(const std::vector<int64_t>& wanted);

// First 4 bytes of SHA-1 of the text as a big-endian integer (notes.csum).
uint32_t field_checksum(std::string_view stripped_text);

std::string sha1_hex(std::string_view bytes);
std::string sha256_hex(std::string_view bytes);

}  // namespace deckpress::anki
