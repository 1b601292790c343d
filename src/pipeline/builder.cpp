#include "pipeline/builder.h"

#include <algorithm>
#include <map>
#include <ostream>

#include <fmt/format.h>

#include "anki/ids.h"
#include "anki/lock.h"
#include "deck/loader.h"
#include "pipeline/deck_files.h"
#include "pipeline/duplicate_notes.h"
#include "support/parallel.h"

namespace deckpress::pipeline {

namespace fs = std::filesystem;

namespace {

fs::path folder_of(const fs::path& file) {
  fs::path parent = file.parent_path();
  return parent.empty() ? fs::path(".") : parent;
}

// One key per folder however it was written ("decks", "./decks/").
fs::path same_folder(const fs::path& dir) {
  std::error_code ec;
  fs::path canonical = fs::weakly_canonical(dir, ec);
  return ec ? dir.lexically_normal() : canonical;
}

}  // namespace

std::string options_digest(const BuildOptions& options) {
  std::string text = fmt::format("{}|{}|{}|{}|{}", DECKPRESS_VERSION, options.apkg, options.pdf, options.preview,
                                 options.out_dir.generic_string());
  for (const auto& [key, value] : options.sheet) text += "|" + key + "=" + value;
  text += "|selection=" + options.selection.describe();
  return anki::sha256_hex(text);
}

Builder::Builder(const BuildOptions& options, Disk& disk, std::ostream& out, std::ostream& err)
    : options_(options), disk_(disk), out_(out), err_(err), threads_(options.jobs ? options.jobs : core_count()),
      scan_(disk, options.out_dir, options_digest(options)), math_(options.out_dir / ".deckpress" / "math") {}

Outcome Builder::run() {
  DeckFiles found = find_deck_files(options_.inputs);
  for (const auto& message : found.missing) err_ << "deckpress: " << message << "\n";
  if (!found.missing.empty()) return Outcome::missing_inputs;
  if (!check_bundle_name(found.files)) return Outcome::bad_options;
  plan(found.files);
  check_output_names();
  // What --changed-since compares with can move (a branch, HEAD~1): such a
  // sheet is always made again.
  if (options_.write && !options_.force && options_.bundle.empty() && options_.selection.changed_since.empty())
    skip_unchanged();
  {
    Progress progress(jobs_.size(), !options_.quiet);
    compile_decks(progress);
    check_duplicate_notes(jobs_);
    relate_decks();
    check_locks();
    const int64_t now = anki::build_time();
    if (options_.write) stamp(now);
    make_outputs(progress);
    if (options_.write && !io_failed_) {  // not when the output folder could not be made
      commit();
      record(now);
    }
    drop_unused_output_folder();
  }
  report();
  return outcome();
}

// The build's only concurrency: `tasks` run on up to threads_ threads (-j).
// No two tasks touch the same thing: each works on one deck, one output of
// a deck (a slot of its own in DeckJob::outputs) or one repository's lock,
// and what the decks of a folder share while they compile (its note types)
// is safe from several threads. A task keeps its failures; it never throws.
void Builder::run_at_once(const Tasks& tasks) const {
  parallel_for(tasks.size(), threads_, [&](size_t i) { tasks[i](); });
}

void Builder::plan(const std::vector<fs::path>& files) {
  std::map<fs::path, Folder*> folders;
  for (const auto& file : files) {
    fs::path dir = folder_of(file);
    Folder*& folder = folders[same_folder(dir)];
    if (!folder) folder = folders_.emplace_back(std::make_unique<Folder>(dir, repository_of(dir))).get();
    DeckJob& job = jobs_.emplace_back();
    job.file = file;
    job.folder = folder;
    job.lock_name = lock_name(file, folder->repository.root);
  }
}

Repository& Builder::repository_of(const fs::path& deck_dir) {
  fs::path root = find_repository(deck_dir);
  for (auto& repository : repositories_)
    if (same_folder(repository->root) == same_folder(root)) return *repository;
  return *repositories_.emplace_back(std::make_unique<Repository>(disk_, root));
}

void Builder::skip_unchanged() {
  for (auto& job : jobs_)
    if (!job.failed()) job.previous = scan_.up_to_date(job.file, job.repository().lock, job.lock_name);
}

// A repository's lock is read while the decks compile: a large lock takes as
// long to read as a large deck to compile. Only decks about to be compiled
// need theirs.
void Builder::compile_decks(Progress& progress) {
  Tasks tasks;
  for (const auto& repository : repositories_) {
    bool needed = std::any_of(jobs_.begin(), jobs_.end(), [&](const DeckJob& job) {
      return &job.repository() == repository.get() && !job.previous;
    });
    if (needed) tasks.push_back([&lock = repository->lock] { lock.read(); });
  }
  for (size_t i = 0; i < jobs_.size(); ++i) {
    tasks.push_back([this, i, &progress] {
      compile(jobs_[i]);
      if (!jobs_[i].to_build()) progress.deck_done(i, jobs_[i].cards());
    });
  }
  run_at_once(tasks);
}

void Builder::compile(DeckJob& job) {
  if (job.previous) return;
  auto start = std::chrono::steady_clock::now();
  auto deck = load(job, job.diagnostics);
  if (deck) job.compiled = compile_deck(std::move(*deck), job.diagnostics, job.repository().root);
  job.seconds = seconds_since(start);
}

// The stamp records the very bytes parsed: their digest, and the file's
// size and time from before they were read.
std::optional<Deck> Builder::load(DeckJob& job, Diagnostics& diagnostics) {
  FileState source = FileState::before_reading(disk_, job.file);
  auto text = read_deck_file(job.file, diagnostics);
  if (!text) return std::nullopt;
  source.digest = anki::sha256_hex(*text);
  job.source = std::move(source);
  return load_deck_text(*text, job.file.generic_string(), job.folder->note_types, diagnostics);
}

// A deck whose repository's lock cannot be read cannot be stamped.
void Builder::check_locks() {
  for (auto& job : jobs_) {
    const LockFile& lock = job.repository().lock;
    if (job.previous || lock.problems().all().empty()) continue;
    job.diagnostics.error({job.file.generic_string(), 0, 0},
                          fmt::format("its lock file {} has errors, so nothing is written for this deck",
                                      lock.path().generic_string()));
  }
}

Outcome Builder::outcome() const {
  bool io_failed = io_failed_ || std::any_of(jobs_.begin(), jobs_.end(), [](const DeckJob& job) { return job.io_failed; });
  if (io_failed) return Outcome::write_failed;
  bool errors = std::any_of(jobs_.begin(), jobs_.end(), [](const DeckJob& job) { return job.failed(); });
  return errors ? Outcome::deck_errors : Outcome::ok;
}

}  // namespace deckpress::pipeline
