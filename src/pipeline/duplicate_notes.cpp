#include "pipeline/duplicate_notes.h"

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

void check_ids(std::vector<DeckJob>& jobs) {
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
      if (!added)
        job.diagnostics.error(note.pos, fmt::format("note id '{}' is already used at {}", note.id, first->second.where()));
    }
  }
}

struct GuidUse {
  DeckJob* job;
  SourcePos pos;
};

class GuidCheck {
 public:
  void add(DeckJob& job, std::string_view guid, SourcePos pos) {
    auto [first, added] = seen_.try_emplace(guid, GuidUse{&job, pos});
    if (added) return;
    report(*first->second.job, first->second.pos, pos);
    report(job, pos, first->second.pos);
  }

 private:
  static void report(DeckJob& job, const SourcePos& pos, const SourcePos& other) {
    job.diagnostics.error(pos, fmt::format("this note and the note at {}:{} have no id and the same note type and "
                                           "first field, so Anki would take them for one note; give each an id",
                                           other.path, other.line));
  }

  std::unordered_map<std::string_view, GuidUse> seen_;
};

void check_guids(std::vector<DeckJob>& jobs) {
  GuidCheck check;
  for (auto& job : jobs) {
    std::string path = job.file.generic_string();
    if (job.previous)
      for (const auto& note : job.previous->guids) check.add(job, note.guid, {path, note.line, note.column});
    if (!job.compiled) continue;
    for (const auto& note : job.compiled->notes)
      if (note.note->id.empty()) check.add(job, note.guid, note.note->pos);
  }
}

}  // namespace

void check_duplicate_notes(std::vector<DeckJob>& jobs) {
  check_ids(jobs);
  check_guids(jobs);
}

}  // namespace deckpress::pipeline
