#pragma once
// The run of `build` and `check`, in the shape of ninja's Builder: the
// decks, folders and repositories it works on hold their own state
// (DeckJob, Folder, Repository), whether a deck is up to date is DeckScan's
// decision, the lock's handling is LockFile's, and the file system those
// two see is a Disk. The stages, in order (`check` runs them all but
// writes nothing):
//   plan     a DeckJob per deck file, a Folder per folder, a Repository per lock;
//            outputs two decks would share, names Anki takes for a collection
//   scan     decks whose stamps say they are up to date are not built
//   compile  load and compile the decks, and read the locks they need
//   check    across decks: note ids and guids used twice; unreadable locks;
//            deck names in two cases; parents of subdecks compiled (builder_family)
//   stamp    each deck's package input and lock stamps (--locked: changes are errors)
//   make     each deck's sheet (check too), package and preview, in unnamed files
//   commit   the locks, then the outputs of every deck without an error
//   record   the stamps of the decks written, and the bundle
//   report   diagnostics, a line per deck, the JSON report
// A deck with any error writes nothing, and its stamps never reach the lock.
#include <chrono>
#include <functional>
#include <iosfwd>
#include <memory>
#include <vector>

#include "pipeline/deck_job.h"
#include "pipeline/deck_scan.h"
#include "pipeline/disk.h"
#include "pipeline/folder.h"
#include "pipeline/pipeline.h"
#include "pipeline/progress.h"
#include "pipeline/repository.h"
#include "print/mathjax.h"

namespace deckpress::pipeline {

class Builder {
 public:
  Builder(const BuildOptions& options, Disk& disk, std::ostream& out, std::ostream& err);
  Outcome run();

 private:
  using Tasks = std::vector<std::function<void()>>;
  void run_at_once(const Tasks& tasks) const;

  bool check_bundle_name(const std::vector<std::filesystem::path>& files);
  void plan(const std::vector<std::filesystem::path>& files);
  Repository& repository_of(const std::filesystem::path& deck_dir);
  void check_output_names();
  void skip_unchanged();
  void compile_decks(Progress& progress);
  void compile(DeckJob& job);
  std::optional<Deck> load(DeckJob& job, Diagnostics& diagnostics);
  void relate_decks();
  // The decks whose descriptions a subdeck's package may carry: none with errors.
  std::vector<const CompiledDeck*> parent_decks() const;
  // The deck files of the parents `job`'s package carries: inputs of its outputs.
  std::vector<std::filesystem::path> parent_files(const DeckJob& job) const;
  void check_locks();
  void stamp(int64_t now);
  void report_lock_changes(DeckJob& job);
  void make_outputs(Progress& progress);
  bool make_output_folder();
  void drop_unused_output_folder();
  Tasks output_tasks(DeckJob& job);
  void commit();
  void commit_locks();
  void record(int64_t now);
  Fingerprint fingerprint_of(const DeckJob& job);
  void write_bundle(int64_t now);
  void report();
  Outcome outcome() const;

  const BuildOptions& options_;
  Disk& disk_;
  std::ostream& out_;
  std::ostream& err_;
  unsigned threads_;
  DeckScan scan_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::vector<std::unique_ptr<Repository>> repositories_;
  std::vector<std::unique_ptr<Folder>> folders_;
  std::vector<DeckJob> jobs_;
  bool io_failed_ = false;  // something besides a deck's outputs could not be written
  std::filesystem::path made_folder_;  // the outermost folder make_output_folder created
  // One MathJax for the whole build: its node process, when a sheet needs
  // one, serves every deck's formulas.
  print::MathJax math_;
};

inline double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// The digest of what, besides the inputs, changes a deck's outputs: the
// deckpress version and the options of the build.
std::string options_digest(const BuildOptions& options);

}  // namespace deckpress::pipeline
