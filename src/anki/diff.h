#pragma once
// `deckpress diff`: the changelog between two versions of a package.
//
// Notes are matched by guid, note types by id and then by name. Every list is
// in a fixed order so the same two packages always give the same report:
// notes by deck, then sort field text, then guid; note types by name, then id.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "package/model.h"

namespace deckpress::anki {

struct Rename {
  std::string old_name;
  std::string new_name;
};

// How a list of names (a note type's fields or templates) changed. A name
// that is gone, at the position where a new name appeared, counts as renamed:
// that is what renaming does in Anki.
struct NameChanges {
  std::vector<std::string> added;
  std::vector<std::string> removed;
  std::vector<Rename> renamed;
  bool empty() const { return added.empty() && removed.empty() && renamed.empty(); }
};

struct TemplateChange {
  std::string name;  // the new name
  bool front = false;
  bool back = false;
};

struct NoteTypeChange {
  int64_t id = 0;  // in the new package
  std::string name;
  std::optional<std::string> old_name;  // set when renamed
  NameChanges fields;
  NameChanges templates;
  std::vector<TemplateChange> changed_templates;  // in the new template order
  bool css_changed = false;
};

struct NoteTypeEntry {
  int64_t id = 0;
  std::string name;
};

struct NoteField {
  std::string name;
  std::string html;
};

// A note as the report names it: where it lives and what it holds.
struct NoteEntry {
  std::string guid;
  std::string note_type;
  std::string deck;  // the deck of its first card
  std::string sort_field_html;
  std::vector<NoteField> fields;
  std::vector<std::string> tags;
};

// A field missing on one side (its note type gained or lost it) counts as
// empty there, so only fields whose text changed are listed.
struct FieldChange {
  std::string name;
  std::string old_html;
  std::string new_html;
};

struct NoteChange {
  NoteEntry note;  // as it is now
  std::vector<FieldChange> fields;
  std::vector<std::string> tags_added;  // sorted
  std::vector<std::string> tags_removed;
  std::optional<std::string> old_note_type;  // set when the note changed type
  std::optional<std::string> old_deck;       // set when the note moved
};

struct PackageDiff {
  std::vector<NoteTypeEntry> note_types_added;
  std::vector<NoteTypeChange> note_types_changed;
  std::vector<NoteTypeEntry> note_types_removed;
  std::vector<NoteEntry> notes_added;
  std::vector<NoteChange> notes_changed;
  std::vector<NoteEntry> notes_removed;
  bool empty() const;
};

PackageDiff diff_packages(const package::Package& old, const package::Package& now);

// A summary line, then the note sections and the note type sections; "no changes\n" when
// the packages hold the same notes and note types.
std::string format_diff_text(const PackageDiff& diff);
// Documented in docs/diff.md.
nlohmann::ordered_json diff_to_json(const PackageDiff& diff);

}  // namespace deckpress::anki
