#include "pipeline/builder.h"

#include <algorithm>
#include <ostream>

#include <fmt/format.h>

#include "anki/ids.h"
#include "deck/loader.h"
#include "pipeline/deck_files.h"
#include "pipeline/duplicate_ids.h"
#include "print/options.h"
#include "support/parallel.h"

namespace deckpress::pipeline {

namespace fs = std::filesystem;

namespace {

fs::path folder_of(const fs::path& file) {
  fs::path parent = file.parent_path();
  return parent.empty() ? fs::path(".") : parent;
}

}  // namespace

std::string options_digest(const BuildOptions& options) {
  std::string text = fmt::format("{}|{}|{}|{}|{}", DECKPRESS_VERSION, options.apkg, options.pdf, options.preview,
                                 options.out_dir.generic_string());
  for (const auto& [key, value] : options.sheet) text += "|" + key + "=" + value;
  return anki::sha256_hex(text);
}

Builder::Builder(const BuildOptions& options, Disk& disk, std::ostream& out, std::ostream& err)
    : options_(options), disk_(disk), out_(out), err_(err), threads_(options.jobs ? options.jobs : core_count()),
      scan_(disk, options.out_dir, options_digest(options)) {}

Outcome Builder::run() {
  DeckFiles found = find_deck_files(options_.inputs);
  for (const auto& message : found.missing) err_ << "deckpress: " << message << "\n";
  if (!found.missing.empty()) return Outcome::missing_inputs;
  plan(found.files);
  if (options_.write && !options_.force && options_.bundle.empty()) skip_unchanged();
  Outcome outcome = Outcome::ok;
  {
    Progress progress(jobs_.size(), !options_.quiet);
    compile_decks(progress);
    check_duplicate_ids(jobs_);
    if (options_.write) outcome = write_decks(progress);
  }
  report();
  if (outcome != Outcome::ok) return outcome;
  bool errors = std::any_of(jobs_.begin(), jobs_.end(), [](const DeckJob& job) { return job.diagnostics.has_errors(); });
  return errors ? Outcome::deck_errors : Outcome::ok;
}

// The build's only concurrency: `tasks` run on up to threads_ threads (-j).
// No two tasks touch the same thing: each works on one deck, one output of
// a deck (a slot of its own in DeckJob::outputs) or one folder's lock, and
// what the decks of a folder share while they compile (its note types) is
// safe from several threads. A task reports its own failures; it does not throw.
void Builder::run_at_once(const Tasks& tasks) const {
  parallel_for(tasks.size(), threads_, [&](size_t i) { tasks[i](); });
}

void Builder::plan(const std::vector<fs::path>& files) {
  std::map<fs::path, Folder*> by_dir;
  for (const auto& file : files) {
    Folder*& folder = by_dir[folder_of(file)];
    if (!folder) folder = folders_.emplace_back(std::make_unique<Folder>(disk_, folder_of(file))).get();
    DeckJob& job = jobs_.emplace_back();
    job.file = file;
    job.folder = folder;
  }
}

void Builder::skip_unchanged() {
  for (auto& job : jobs_) {
    job.previous = scan_.up_to_date(job.file, job.folder->lock, job.lock_name());
    if (job.previous) job.status = DeckJob::Status::skipped;
  }
}

// The folders' locks are read while the decks compile: a large lock takes
// as long to read as a large deck to compile. Only decks about to be built
// need theirs.
void Builder::compile_decks(Progress& progress) {
  Tasks tasks;
  for (const auto& folder : folders_) {
    bool needed = options_.write && std::any_of(jobs_.begin(), jobs_.end(), [&](const DeckJob& job) {
      return job.folder == folder.get() && job.status != DeckJob::Status::skipped;
    });
    if (needed) tasks.push_back([&lock = folder->lock] { lock.read(); });
  }
  for (auto& job : jobs_) {
    tasks.push_back([this, &job, &progress] {
      compile(job);
      // Decks that will be written count as done once written.
      if (!options_.write || job.status != DeckJob::Status::built) progress.deck_done(job.cards());
    });
  }
  run_at_once(tasks);
}

void Builder::compile(DeckJob& job) {
  if (job.status == DeckJob::Status::skipped) return;
  auto start = std::chrono::steady_clock::now();
  auto deck = load(job);
  if (deck) job.compiled = compile_deck(std::move(*deck), job.diagnostics);
  // `check` renders no sheet, so it checks the [print] table here; build
  // reports the same problems when it renders.
  if (job.compiled && !options_.write && options_.pdf)
    print::read_sheet_config(job.compiled->deck.print, options_.sheet, job.diagnostics);
  if (job.diagnostics.has_errors()) job.status = DeckJob::Status::failed;
  job.seconds = seconds_since(start);
}

// The stamp records the very bytes parsed: their digest, and the file's
// size and time from before they were read.
std::optional<Deck> Builder::load(DeckJob& job) {
  FileState source = FileState::before_reading(disk_, job.file);
  auto text = read_deck_file(job.file, job.diagnostics);
  if (!text) return std::nullopt;
  source.digest = anki::sha256_hex(*text);
  job.source = std::move(source);
  return load_deck_text(*text, job.file.generic_string(), job.folder->note_types, job.diagnostics);
}

}  // namespace deckpress::pipeline
