#include "anki/diff.h"

namespace deckpress::anki {
namespace {

using nlohmann::ordered_json;

// Absent values are null, so every object of a kind has the same keys.
ordered_json or_null(const std::optional<std::string>& value) {
  return value ? ordered_json(*value) : ordered_json(nullptr);
}

ordered_json item_json(const NoteTypeEntry& type) { return {{"id", type.id}, {"name", type.name}}; }

ordered_json item_json(const NoteEntry& note) {
  ordered_json fields = ordered_json::object();
  for (const NoteField& field : note.fields) fields[field.name] = field.html;
  return {{"guid", note.guid},
          {"note_type", note.note_type},
          {"deck", note.deck},
          {"fields", fields},
          {"tags", note.tags}};
}

ordered_json item_json(const FieldChange& field) {
  return {{"name", field.name}, {"old", field.old_html}, {"new", field.new_html}};
}

ordered_json item_json(const Rename& rename) {
  return {{"old", rename.old_name}, {"new", rename.new_name}};
}

ordered_json item_json(const TemplateChange& card) {
  return {{"name", card.name}, {"front", card.front}, {"back", card.back}};
}

ordered_json item_json(const NoteChange& change);
ordered_json item_json(const NoteTypeChange& change);

template <typename Item>
ordered_json json_array(const std::vector<Item>& items) {
  ordered_json array = ordered_json::array();
  for (const Item& item : items) array.push_back(item_json(item));
  return array;
}

ordered_json item_json(const NoteChange& change) {
  return {{"guid", change.note.guid},
          {"note_type", change.note.note_type},
          {"deck", change.note.deck},
          {"fields", json_array(change.fields)},
          {"tags", {{"added", change.tags_added}, {"removed", change.tags_removed}}},
          {"old_note_type", or_null(change.old_note_type)},
          {"old_deck", or_null(change.old_deck)}};
}

ordered_json name_changes_json(const NameChanges& changes) {
  return {{"added", changes.added},
          {"removed", changes.removed},
          {"renamed", json_array(changes.renamed)}};
}

ordered_json item_json(const NoteTypeChange& change) {
  ordered_json templates = name_changes_json(change.templates);
  templates["changed"] = json_array(change.changed_templates);
  return {{"id", change.id},
          {"name", change.name},
          {"old_name", or_null(change.old_name)},
          {"fields", name_changes_json(change.fields)},
          {"templates", templates},
          {"css_changed", change.css_changed}};
}

template <typename Added, typename Changed, typename Removed>
ordered_json changes_json(const std::vector<Added>& added, const std::vector<Changed>& changed,
                          const std::vector<Removed>& removed) {
  return {{"added", json_array(added)},
          {"changed", json_array(changed)},
          {"removed", json_array(removed)}};
}

}  // namespace

ordered_json diff_to_json(const PackageDiff& diff) {
  return {{"identical", diff.empty()},
          {"notes", changes_json(diff.notes_added, diff.notes_changed, diff.notes_removed)},
          {"note_types",
           changes_json(diff.note_types_added, diff.note_types_changed, diff.note_types_removed)}};
}

}  // namespace deckpress::anki
