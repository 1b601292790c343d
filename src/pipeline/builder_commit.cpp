// The stages of Builder after the outputs are made: the locks take the
// stamps of the decks without an error and are saved, then those decks'
// outputs are named; then each written deck's stamp, and the bundle.
#include <algorithm>
#include <ostream>
#include <set>

#include <fmt/format.h>

#include "anki/package.h"
#include "pipeline/builder.h"
#include "pipeline/identity.h"
#include "pipeline/output_file.h"

namespace deckpress::pipeline {

namespace fs = std::filesystem;

namespace {

// A failure to write is the deck's failure, at its file, and the machine's
// fault: the exit code says so.
void fail_writing(DeckJob& job, const std::string& failure) {
  job.diagnostics.error({job.file.generic_string(), 0, 0}, failure);
  job.io_failed = true;
}

// The files besides the deck file that its outputs were made from: the note
// types' files and the media, sorted.
std::vector<fs::path> inputs_of(const CompiledDeck& compiled, const NoteTypes& note_types) {
  std::set<std::string> type_keys;
  for (const auto& note : compiled.deck.notes) type_keys.insert(note.type->key);
  for (const auto& carried : compiled.deck.note_types) type_keys.insert(carried.type->key);
  std::vector<fs::path> inputs;
  for (const auto& key : type_keys) {
    auto files = note_types.files_of(key);
    inputs.insert(inputs.end(), files.begin(), files.end());
  }
  for (const auto& [name, file] : compiled.media) inputs.push_back(file);
  std::sort(inputs.begin(), inputs.end());
  inputs.erase(std::unique(inputs.begin(), inputs.end()), inputs.end());
  return inputs;
}

}  // namespace

// The lock goes first: if naming an output then fails, the lock holds the
// stamps of a package that was not written, and the next build makes the
// same package again. The other order could lose stamps a written package
// carries.
void Builder::commit() {
  for (auto& job : jobs_)
    for (const auto& output : job.outputs)
      if (!output.failure.empty()) fail_writing(job, output.failure);
  commit_locks();
  for (auto& job : jobs_) {
    if (!job.to_build()) continue;
    for (auto& output : job.outputs) {
      try {
        output.pending->commit();
        output.written = true;
      } catch (const std::exception& error) {
        fail_writing(job, error.what());
      }
    }
  }
}

void Builder::commit_locks() {
  for (auto& repository : repositories_) {
    std::vector<DeckJob*> decks;
    for (auto& job : jobs_)
      if (&job.repository() == repository.get() && job.to_build()) decks.push_back(&job);
    if (decks.empty()) continue;
    for (DeckJob* job : decks) repository->lock.apply(job->stamps);
    if (!repository->lock.changed() || !options_.save_lock) continue;
    try {
      repository->lock.save();
    } catch (const std::exception& error) {
      for (DeckJob* job : decks) fail_writing(*job, error.what());
    }
  }
}

void Builder::record(int64_t now) {
  try {
    for (const auto& job : jobs_)
      if (job.written()) scan_.record(job.file, fingerprint_of(job));
    if (!options_.bundle.empty()) write_bundle(now);
  } catch (const std::exception& error) {
    err_ << "deckpress: " << error.what() << "\n";
    io_failed_ = true;
  }
}

Fingerprint Builder::fingerprint_of(const DeckJob& job) {
  Fingerprint fingerprint;
  fingerprint.name = job.name();
  fingerprint.options = scan_.options();
  fingerprint.lock = job.repository().lock.digest_of(job.lock_name);
  fingerprint.lock_file = job.repository().lock.state();
  fingerprint.notes = job.notes();
  fingerprint.cards = job.cards();
  for (const auto& note : job.compiled->notes) {
    if (!note.note->id.empty()) fingerprint.note_ids.push_back(note.note->id);
    else fingerprint.guids.push_back({note.guid, note.note->pos.line, note.note->pos.column});
  }
  fingerprint.inputs.push_back(*job.source);
  for (const auto& file : inputs_of(*job.compiled, job.folder->note_types))
    fingerprint.inputs.push_back(FileState::of(disk_, file));
  for (const auto& file : parent_files(job)) fingerprint.inputs.push_back(FileState::of(disk_, file));
  for (const auto& output : job.outputs) fingerprint.outputs.push_back(FileState::of(disk_, output.path));
  return fingerprint;
}

// One package of every deck, each stamped from its own lock as its own
// package is; only when every deck was written, so it is never a part.
void Builder::write_bundle(int64_t now) {
  std::vector<LockedDeck> decks;
  for (const auto& job : jobs_)
    if (job.written()) decks.push_back({&*job.compiled, job.lock_name, &job.repository().lock.current()});
  if (decks.size() < jobs_.size()) {
    err_ << fmt::format("deckpress: {} is not written: {} of its {} decks failed\n",
                        (options_.out_dir / options_.bundle).generic_string(), jobs_.size() - decks.size(), jobs_.size());
    return;
  }
  auto package = package_input(decks, now).input;
  replace_file(options_.out_dir / options_.bundle, [&package](int fd) { anki::write_package(std::move(package), fd); });
}

}  // namespace deckpress::pipeline
