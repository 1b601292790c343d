#include "anki/diff_match.h"

#include <algorithm>
#include <set>

namespace deckpress::anki {

NamePairs pair_names(const std::vector<std::string>& old, const std::vector<std::string>& now,
                     bool renames_by_position) {
  std::map<std::string, size_t> unpaired_new;
  for (size_t j = now.size(); j-- > 0;) unpaired_new[now[j]] = j;  // the first of repeated names
  std::set<size_t> left_new;
  for (size_t j = 0; j < now.size(); ++j) left_new.insert(j);

  NamePairs pairs;
  std::vector<size_t> left_old;
  for (size_t i = 0; i < old.size(); ++i) {
    const auto same = unpaired_new.find(old[i]);
    if (same == unpaired_new.end()) {
      left_old.push_back(i);
      continue;
    }
    pairs.kept.emplace_back(i, same->second);
    left_new.erase(same->second);
    unpaired_new.erase(same);
  }
  for (size_t i : left_old) {
    if (renames_by_position && left_new.erase(i)) {
      pairs.kept.emplace_back(i, i);
    } else {
      pairs.removed.push_back(i);
    }
  }
  pairs.added.assign(left_new.begin(), left_new.end());
  std::sort(pairs.kept.begin(), pairs.kept.end(),
            [](const auto& a, const auto& b) { return a.second < b.second; });
  return pairs;
}

NameChanges describe(const NamePairs& pairs, const std::vector<std::string>& old,
                     const std::vector<std::string>& now) {
  NameChanges changes;
  for (size_t j : pairs.added) changes.added.push_back(now[j]);
  for (size_t i : pairs.removed) changes.removed.push_back(old[i]);
  for (const auto& [i, j] : pairs.kept) {
    if (old[i] != now[j]) changes.renamed.push_back({old[i], now[j]});
  }
  return changes;
}

NoteTypeMatches match_note_types(const std::vector<package::NoteType>& old,
                                 const std::vector<package::NoteType>& now) {
  std::map<int64_t, const package::NoteType*> new_by_id;
  for (const package::NoteType& type : now) new_by_id[type.id] = &type;
  NoteTypeMatches matches;
  for (const package::NoteType& type : old) {
    const auto same = new_by_id.find(type.id);
    if (same == new_by_id.end()) continue;
    matches[type.id] = same->second;
    new_by_id.erase(same);
  }
  // A note type made again, or exported from another collection, has a new
  // id but usually its old name.
  std::map<std::string, const package::NoteType*> left_by_name;
  for (const auto& [id, type] : new_by_id) left_by_name.emplace(type->name, type);
  for (const package::NoteType& type : old) {
    const auto same = left_by_name.find(type.name);
    if (matches.count(type.id) || same == left_by_name.end()) continue;
    matches[type.id] = same->second;
    left_by_name.erase(same);
  }
  return matches;
}

}  // namespace deckpress::anki
