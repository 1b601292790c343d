#pragma once
// What `import` will write, decided from the package model before anything
// is written: one deck file per top-level deck (its subdecks inside it), a
// folder per note type, the media, and the notes deckpress cannot carry,
// each with the reason.
#include <deque>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "importer/note_type_folder.h"
#include "package/model.h"

namespace deckpress::importer {

struct ImportedNote {
  const package::Note* note = nullptr;
  const NoteTypeFolder* type = nullptr;
  int subdeck = -1;               // index into its deck file's subdecks; -1: the deck itself
  std::vector<std::string> tags;  // as the deck file lists them: once each
  // With --markdown, per field: Markdown that builds back to the field's HTML.
  std::vector<std::optional<std::string>> markdown;
};

struct Subdeck {
  std::string name;  // relative to the deck file's deck
  std::string description;
};

struct DeckFile {
  std::string stem;  // the file's name without .toml
  std::string name;  // a top-level deck
  std::string description;
  std::vector<Subdeck> subdecks;
  std::string default_type;  // the key most of its notes use
  std::vector<ImportedNote> notes;
  // The package's note types no imported note uses, which a build must
  // still give back ([deck]'s `note_types`): the first deck file lists them.
  std::vector<const NoteTypeFolder*> unused_note_types;
};

struct Plan {
  std::deque<NoteTypeFolder> note_types;  // a deque keeps the notes' pointers valid
  std::vector<DeckFile> decks;
  std::vector<const package::Media*> media;
  std::vector<std::string> warnings;  // what could not be carried over, and why
};

// What the repository being added to already holds, so names are not reused
// for something else: a note type keeps its folder, a deck its file.
struct Existing {
  std::map<int64_t, std::string> note_type_keys;  // note type id -> its folder
  std::vector<std::string> other_keys;            // folders of no known id
  std::map<std::string, std::string> deck_stems;  // deck file stem -> its deck's name
};

Plan make_plan(const package::Package& package, const Existing& existing = {});

}  // namespace deckpress::importer
