// The stage of Builder that relates the decks of a build that name each
// other (deck_family.h): a subdeck's package carries the parents the build
// defines, and deck names Anki takes for one deck are errors.
#include "pipeline/builder.h"
#include "pipeline/deck_family.h"
#include "pipeline/identity.h"

namespace deckpress::pipeline {

// A parent that is up to date is compiled for its subdecks, not written: its
// problems were reported when it was built.
void Builder::relate_decks() {
  std::vector<std::string> names, built;
  for (const auto& job : jobs_) {
    names.push_back(job.name());
    if (job.to_build()) built.push_back(names.back());
  }
  auto carried = carried_parents(built, names);
  Tasks tasks;
  for (auto& job : jobs_) {
    if (!job.previous || !carried.count(job.name())) continue;
    tasks.push_back([this, &job] {
      Diagnostics reported_before;
      if (auto deck = load(job, reported_before))
        job.compiled = compile_deck(std::move(*deck), reported_before, job.repository().root);
    });
  }
  run_at_once(tasks);
  std::vector<bool> read;
  std::vector<std::string> files;
  for (const auto& job : jobs_) {
    read.push_back(job.compiled && !job.previous);
    files.push_back(job.file.generic_string());
  }
  for (auto& clash : case_clashes(names, read, files)) {
    DeckJob& job = jobs_[clash.deck];
    job.diagnostics.error(job.compiled->deck.pos, std::move(clash.message));
  }
}

std::vector<const CompiledDeck*> Builder::parent_decks() const {
  std::vector<const CompiledDeck*> decks;
  for (const auto& job : jobs_)
    if (job.compiled && !job.failed()) decks.push_back(&*job.compiled);
  return decks;
}

std::vector<std::filesystem::path> Builder::parent_files(const DeckJob& job) const {
  std::vector<std::filesystem::path> files;
  for (const auto& parent : parent_deck_names(job.compiled->deck.name))
    for (const auto& other : jobs_)
      if (other.name() == parent) files.push_back(other.file);
  return files;
}

}  // namespace deckpress::pipeline
