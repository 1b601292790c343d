#include "pipeline/deck_family.h"

#include <map>

#include <fmt/format.h>

#include "deck/names.h"
#include "pipeline/identity.h"

namespace deckpress::pipeline {

std::set<std::string> carried_parents(const std::vector<std::string>& built, const std::vector<std::string>& defined) {
  std::set<std::string> defined_names(defined.begin(), defined.end()), carried;
  for (const auto& name : built)
    for (auto& parent : parent_deck_names(name))
      if (defined_names.count(parent)) carried.insert(std::move(parent));
  return carried;
}

std::vector<NameClash> case_clashes(const std::vector<std::string>& names, const std::vector<bool>& read,
                                    const std::vector<std::string>& files) {
  std::vector<NameClash> clashes;
  std::map<std::string, std::pair<std::string, size_t>> first;  // folded name -> as first written, by which deck
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i].empty()) continue;
    auto levels = parent_deck_names(names[i]);
    levels.push_back(names[i]);
    for (const auto& level : levels) {
      auto [found, added] = first.try_emplace(folded_case(level), level, i);
      const auto& [earlier, other] = found->second;
      if (added || earlier == level) continue;
      // Said in a deck read this run: the other may be skipped as unchanged.
      bool here = read[i];
      if (!here && !read[other]) break;
      clashes.push_back({here ? i : other,
                         fmt::format("deck name '{}' differs from '{}' ({}) only in case; Anki takes them for one "
                                     "deck: write them alike", here ? level : earlier, here ? earlier : level,
                                     files[here ? other : i])});
      break;
    }
  }
  return clashes;
}

}  // namespace deckpress::pipeline
