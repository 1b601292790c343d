#include "anki/diff.h"

namespace deckpress::anki {

using nlohmann::ordered_json;

namespace {

// Absent values are null, so every object of a kind has the same keys.
ordered_json or_null(const std::optional<std::string>& value) {
  return value ? ordered_json(*value) : ordered_json(nullptr);
}

}  // namespace

// nlohmann finds these by argument-dependent lookup, also for vectors of
// them; static keeps them to this file.

static void to_json(ordered_json& out, const NoteTypeEntry& type) {
  out = {{"id", type.id}, {"name", type.name}};
}

static void to_json(ordered_json& out, const NoteEntry& note) {
  ordered_json fields = ordered_json::object();
  for (const NoteField& field : note.fields) fields[field.name] = field.html;
  out = {{"guid", note.guid},
          {"note_type", note.note_type},
          {"deck", note.deck},
          {"fields", fields},
          {"tags", note.tags}};
}

static void to_json(ordered_json& out, const FieldChange& field) {
  out = {{"name", field.name}, {"old", field.old_html}, {"new", field.new_html}};
}

static void to_json(ordered_json& out, const Rename& rename) {
  out = {{"old", rename.old_name}, {"new", rename.new_name}};
}

static void to_json(ordered_json& out, const TemplateChange& card) {
  out = {{"name", card.name}, {"front", card.front}, {"back", card.back}};
}

static void to_json(ordered_json& out, const NoteChange& change) {
  out = {{"guid", change.note.guid},
          {"note_type", change.note.note_type},
          {"deck", change.note.deck},
          {"fields", change.fields},
          {"tags", {{"added", change.tags_added}, {"removed", change.tags_removed}}},
          {"old_note_type", or_null(change.old_note_type)},
          {"old_deck", or_null(change.old_deck)}};
}

static void to_json(ordered_json& out, const NameChanges& changes) {
  out = {{"added", changes.added}, {"removed", changes.removed}, {"renamed", changes.renamed}};
}

static void to_json(ordered_json& out, const NoteTypeChange& change) {
  ordered_json templates = change.templates;
  templates["changed"] = change.changed_templates;
  out = {{"id", change.id},
          {"name", change.name},
          {"old_name", or_null(change.old_name)},
          {"fields", change.fields},
          {"templates", templates},
          {"css_changed", change.css_changed}};
}

template <typename Added, typename Changed, typename Removed>
static ordered_json changes_json(const std::vector<Added>& added, const std::vector<Changed>& changed,
                                 const std::vector<Removed>& removed) {
  return {{"added", added}, {"changed", changed}, {"removed", removed}};
}

ordered_json diff_to_json(const PackageDiff& diff) {
  return {{"identical", diff.empty()},
          {"notes", changes_json(diff.notes_added, diff.notes_changed, diff.notes_removed)},
          {"note_types",
           changes_json(diff.note_types_added, diff.note_types_changed, diff.note_types_removed)}};
}

}  // namespace deckpress::anki
