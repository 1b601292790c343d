#pragma once
// Reads a deck file (TOML) into the deck model, reporting every problem it
// finds with its position.
#include <filesystem>
#include <optional>

#include "deck/limits.h"
#include "deck/model.h"
#include "deck/note_types.h"

namespace deckpress {

// Parses `text` as the deck file `path`. Problems (errors and warnings) go to
// `diagnostics`. Returns nothing only when the file is not valid TOML; a deck
// with other errors is returned as far as it could be read (notes of an
// unknown type have no type), so later checks can report their problems too.
// A field or a note list beyond `limits` is an error at its position.
std::optional<Deck> load_deck_text(std::string_view text, const std::string& path,
                                   NoteTypes& note_types, Diagnostics& diagnostics,
                                   const Limits& limits = {});

// The deck file's bytes. Folders and files beyond `limits.deck_file_bytes`
// are reported without being read, as are files that cannot be read.
std::optional<std::string> read_deck_file(const std::filesystem::path& path, Diagnostics& diagnostics,
                                          const Limits& limits = {});

// read_deck_file, then load_deck_text.
std::optional<Deck> load_deck_file(const std::filesystem::path& path, NoteTypes& note_types,
                                   Diagnostics& diagnostics, const Limits& limits = {});

// The position of byte `offset` of a field's text, for problems inside it.
SourcePos position_in(const Field& field, size_t offset);

}  // namespace deckpress
