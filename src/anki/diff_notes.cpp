#include "anki/diff_notes.h"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <set>
#include <tuple>

#include "text/html.h"

namespace deckpress::anki {
namespace {

// A note with what the report needs from the rest of its package.
struct NoteView {
  const package::Note* note = nullptr;
  const package::NoteType* type = nullptr;  // null when the package lacks it
  std::string deck;
};

// Cards come by note, then ord: the first one seen is the note's first card.
std::map<int64_t, std::string> first_card_decks(const package::Package& contents) {
  std::map<int64_t, std::string> deck_names;
  for (const package::Deck& deck : contents.decks) deck_names[deck.id] = deck.name;
  std::map<int64_t, std::string> note_decks;
  for (const package::Card& card : contents.cards) {
    const auto name = deck_names.find(card.deck_id);
    note_decks.emplace(card.note_id, name != deck_names.end()
                                         ? name->second
                                         : fmt::format("deck {}", card.deck_id));
  }
  return note_decks;
}

std::map<std::string, NoteView> notes_by_guid(const package::Package& contents) {
  std::map<int64_t, const package::NoteType*> types;
  for (const package::NoteType& type : contents.note_types) types[type.id] = &type;
  const std::map<int64_t, std::string> decks = first_card_decks(contents);
  std::map<std::string, NoteView> notes;
  for (const package::Note& note : contents.notes) {
    const auto type = types.find(note.note_type_id);
    const auto deck = decks.find(note.id);
    notes.emplace(note.guid, NoteView{&note, type != types.end() ? type->second : nullptr,
                                      deck != decks.end() ? deck->second : ""});
  }
  return notes;
}

std::vector<std::string> field_names(const NoteView& view) {
  std::vector<std::string> names;
  for (size_t i = 0; i < view.note->fields.size(); ++i) {
    const bool named = view.type && i < view.type->fields.size();
    names.push_back(named ? view.type->fields[i].name : fmt::format("field {}", i + 1));
  }
  return names;
}

NoteEntry entry(const NoteView& view) {
  const package::Note& note = *view.note;
  NoteEntry entry;
  entry.guid = note.guid;
  entry.note_type = view.type ? view.type->name : fmt::format("note type {}", note.note_type_id);
  entry.deck = view.deck;
  entry.tags = note.tags;
  const size_t sort_field = view.type ? view.type->sort_field : 0;
  if (sort_field < note.fields.size()) entry.sort_field_html = note.fields[sort_field];
  const std::vector<std::string> names = field_names(view);
  for (size_t i = 0; i < names.size(); ++i) entry.fields.push_back({names[i], note.fields[i]});
  return entry;
}

// Fields pair by name; within one note type also through its field renames.
std::vector<FieldChange> field_changes(const NoteView& old, const NoteView& now, bool same_type) {
  const std::vector<std::string> old_names = field_names(old);
  const std::vector<std::string> new_names = field_names(now);
  const NamePairs pairs = pair_names(old_names, new_names, same_type);
  std::map<size_t, size_t> old_of_new;
  for (const auto& [i, j] : pairs.kept) old_of_new[j] = i;

  std::vector<FieldChange> changes;
  const auto add = [&changes](const std::string& name, const std::string& before,
                              const std::string& after) {
    if (before != after) changes.push_back({name, before, after});
  };
  for (size_t j = 0; j < new_names.size(); ++j) {
    const auto i = old_of_new.find(j);
    add(new_names[j], i != old_of_new.end() ? old.note->fields[i->second] : "",
        now.note->fields[j]);
  }
  for (size_t i : pairs.removed) add(old_names[i], old.note->fields[i], "");
  return changes;
}

std::vector<std::string> tags_only_in(const std::vector<std::string>& tags,
                                      const std::vector<std::string>& other) {
  const std::set<std::string> mine(tags.begin(), tags.end());
  const std::set<std::string> theirs(other.begin(), other.end());
  std::vector<std::string> only;
  std::set_difference(mine.begin(), mine.end(), theirs.begin(), theirs.end(),
                      std::back_inserter(only));
  return only;
}

NoteChange compare(const NoteView& old, const NoteView& now, const NoteTypeMatches& matches) {
  const auto match = old.type ? matches.find(old.type->id) : matches.end();
  const bool same_type = (match != matches.end() ? match->second : nullptr) == now.type;
  NoteChange change;
  change.note = entry(now);
  change.fields = field_changes(old, now, same_type);
  change.tags_added = tags_only_in(now.note->tags, old.note->tags);
  change.tags_removed = tags_only_in(old.note->tags, now.note->tags);
  if (!same_type) change.old_note_type = entry(old).note_type;
  if (old.deck != now.deck) change.old_deck = old.deck;
  return change;
}

bool changed(const NoteChange& change) {
  return !change.fields.empty() || !change.tags_added.empty() || !change.tags_removed.empty() ||
         change.old_note_type || change.old_deck;
}

bool in_report_order(const NoteEntry& a, const NoteEntry& b) {
  return std::forward_as_tuple(a.deck, text::strip_html_for_sort(a.sort_field_html), a.guid) <
         std::forward_as_tuple(b.deck, text::strip_html_for_sort(b.sort_field_html), b.guid);
}

}  // namespace

void diff_notes(const package::Package& old, const package::Package& now,
                const NoteTypeMatches& matches, PackageDiff& diff) {
  const std::map<std::string, NoteView> old_notes = notes_by_guid(old);
  const std::map<std::string, NoteView> new_notes = notes_by_guid(now);
  for (const auto& [guid, view] : new_notes) {
    const auto before = old_notes.find(guid);
    if (before == old_notes.end()) {
      diff.notes_added.push_back(entry(view));
      continue;
    }
    NoteChange change = compare(before->second, view, matches);
    if (changed(change)) diff.notes_changed.push_back(std::move(change));
  }
  for (const auto& [guid, view] : old_notes) {
    if (!new_notes.count(guid)) diff.notes_removed.push_back(entry(view));
  }
  std::sort(diff.notes_added.begin(), diff.notes_added.end(), in_report_order);
  std::sort(diff.notes_removed.begin(), diff.notes_removed.end(), in_report_order);
  std::sort(
      diff.notes_changed.begin(), diff.notes_changed.end(),
      [](const NoteChange& a, const NoteChange& b) { return in_report_order(a.note, b.note); });
}

}  // namespace deckpress::anki
