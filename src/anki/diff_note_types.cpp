#include "anki/diff_note_types.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace deckpress::anki {
namespace {

std::vector<TemplateChange> changed_templates(const package::NoteType& old,
                                              const package::NoteType& now,
                                              const NamePairs& pairs) {
  std::vector<TemplateChange> changes;
  for (const auto& [i, j] : pairs.kept) {
    const package::Template& before = old.templates[i];
    const package::Template& after = now.templates[j];
    if (before.front != after.front || before.back != after.back) {
      changes.push_back({after.name, before.front != after.front, before.back != after.back});
    }
  }
  return changes;
}

NoteTypeChange compare(const package::NoteType& old, const package::NoteType& now) {
  NoteTypeChange change;
  change.id = now.id;
  change.name = now.name;
  if (old.name != now.name) change.old_name = old.name;
  const std::vector<std::string> old_fields = old.field_names();
  const std::vector<std::string> new_fields = now.field_names();
  change.fields = describe(pair_names(old_fields, new_fields, true), old_fields, new_fields);
  const std::vector<std::string> old_templates = old.template_names();
  const std::vector<std::string> new_templates = now.template_names();
  const NamePairs templates = pair_names(old_templates, new_templates, true);
  change.templates = describe(templates, old_templates, new_templates);
  change.changed_templates = changed_templates(old, now, templates);
  change.css_changed = old.css != now.css;
  return change;
}

bool changed(const NoteTypeChange& change) {
  return change.old_name || !change.fields.empty() || !change.templates.empty() ||
         !change.changed_templates.empty() || change.css_changed;
}

template <typename Entry>
void sort_by_name(std::vector<Entry>& entries) {
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    return std::tie(a.name, a.id) < std::tie(b.name, b.id);
  });
}

}  // namespace

void diff_note_types(const package::Package& old, const package::Package& now,
                     const NoteTypeMatches& matches, PackageDiff& diff) {
  std::set<int64_t> kept_new_ids;
  for (const package::NoteType& type : old.note_types) {
    const auto match = matches.find(type.id);
    if (match == matches.end()) {
      diff.note_types_removed.push_back({type.id, type.name});
      continue;
    }
    kept_new_ids.insert(match->second->id);
    NoteTypeChange change = compare(type, *match->second);
    if (changed(change)) diff.note_types_changed.push_back(std::move(change));
  }
  for (const package::NoteType& type : now.note_types) {
    if (!kept_new_ids.count(type.id)) diff.note_types_added.push_back({type.id, type.name});
  }
  sort_by_name(diff.note_types_added);
  sort_by_name(diff.note_types_changed);
  sort_by_name(diff.note_types_removed);
}

}  // namespace deckpress::anki
