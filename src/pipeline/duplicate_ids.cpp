#include "pipeline/duplicate_ids.h"

#include <string_view>
#include <unordered_map>

#include <fmt/format.h>

namespace deckpress::pipeline {

namespace {

// Where an id was first used: a note of a compiled deck, or a skipped deck.
struct FirstUse {
  const DeckJob* job;
  const Note* note;
  std::string where() const {
    return note ? fmt::format("{}:{}", note->pos.path, note->pos.line) : job->file.generic_string();
  }
};

}  // namespace

void check_duplicate_ids(std::vector<DeckJob>& jobs) {
  std::unordered_map<std::string_view, FirstUse> seen;
  for (auto& job : jobs) {
    if (job.previous) {
      for (const auto& id : job.previous->note_ids) seen.try_emplace(id, FirstUse{&job, nullptr});
      continue;
    }
    if (!job.compiled) continue;
    for (const auto& note : job.compiled->deck.notes) {
      if (note.id.empty()) continue;
      auto [first, added] = seen.try_emplace(note.id, FirstUse{&job, &note});
      if (added) continue;
      job.diagnostics.error(note.pos, fmt::format("note id '{}' is already used at {}", note.id, first->second.where()));
      job.status = DeckJob::Status::failed;
    }
  }
}

}  // namespace deckpress::pipeline
