// The stage of Builder after the outputs: the changed locks, each written
// deck's stamp, and the bundle.
#include <algorithm>
#include <ostream>
#include <set>

#include "anki/package.h"
#include "pipeline/builder.h"
#include "pipeline/identity.h"
#include "pipeline/output_file.h"

namespace deckpress::pipeline {

namespace fs = std::filesystem;

namespace {

// The files besides the deck file that its outputs were made from: the note
// types' files and the media, sorted.
std::vector<fs::path> inputs_of(const CompiledDeck& compiled, const NoteTypes& note_types) {
  std::set<std::string> type_keys;
  for (const auto& note : compiled.deck.notes) type_keys.insert(note.type->key);
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

Outcome Builder::record(int64_t now) {
  try {
    for (auto& folder : folders_)
      if (folder->lock.changed() && options_.save_lock) folder->lock.save();
    for (const auto& job : jobs_)
      if (job.has_output()) scan_.record(job.file, fingerprint_of(job));
    if (!options_.bundle.empty()) write_bundle(now);
  } catch (const std::exception& error) {
    err_ << "deckpress: " << error.what() << "\n";
    return Outcome::write_failed;
  }
  return Outcome::ok;
}

Fingerprint Builder::fingerprint_of(const DeckJob& job) {
  Fingerprint fingerprint;
  fingerprint.options = scan_.options();
  fingerprint.lock = job.folder->lock.digest_of(job.lock_name());
  fingerprint.lock_file = job.folder->lock.state();
  fingerprint.notes = job.notes();
  fingerprint.cards = job.cards();
  for (const auto& note : job.compiled->deck.notes)
    if (!note.id.empty()) fingerprint.note_ids.push_back(note.id);
  fingerprint.inputs.push_back(*job.source);
  for (const auto& file : inputs_of(*job.compiled, job.folder->note_types))
    fingerprint.inputs.push_back(FileState::of(disk_, file));
  for (const auto& output : job.outputs)
    if (output.written) fingerprint.outputs.push_back(FileState::of(disk_, output.path));
  return fingerprint;
}

// One package of every deck written, stamped in the first deck's lock.
void Builder::write_bundle(int64_t now) {
  std::vector<const CompiledDeck*> decks;
  for (const auto& job : jobs_)
    if (job.has_output()) decks.push_back(&*job.compiled);
  auto package = package_input(decks, jobs_.front().folder->lock.for_stamping(), now);
  replace_file(options_.out_dir / options_.bundle, [&package](int fd) { anki::write_package(std::move(package), fd); });
}

}  // namespace deckpress::pipeline
