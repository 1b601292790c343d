#pragma once
// The run of `build` and `check`, in the shape of ninja's Builder: the
// decks and folders it works on hold their own state (DeckJob, Folder), the
// decision whether a deck is up to date is DeckScan's, the lock's handling
// is FolderLock's, and the file system those two see is a Disk. The stages,
// in order:
//   plan     a DeckJob per deck file, a Folder per folder
//   scan     skip decks whose stamps say they are up to date
//   compile  load and compile the decks (and read the locks they need)
//   check    problems across decks: note ids used twice
//   stamp    stamp the locks, make each deck's package input
//   write    the packages, sheets and previews
//   record   the changed locks, the stamps, the bundle
//   report   diagnostics, per-deck lines, the JSON report
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

namespace deckpress::pipeline {

class Builder {
 public:
  Builder(const BuildOptions& options, Disk& disk, std::ostream& out, std::ostream& err);
  Outcome run();

 private:
  using Tasks = std::vector<std::function<void()>>;
  void run_at_once(const Tasks& tasks) const;

  void plan(const std::vector<std::filesystem::path>& files);
  void skip_unchanged();
  void compile_decks(Progress& progress);
  void compile(DeckJob& job);
  std::optional<Deck> load(DeckJob& job);
  Outcome write_decks(Progress& progress);
  Outcome prepare_packages(Folder& folder, int64_t now);
  bool writes_into(const Folder& folder) const;
  void write_outputs(Progress& progress);
  Tasks output_tasks(DeckJob& job);
  Outcome record(int64_t now);
  Fingerprint fingerprint_of(const DeckJob& job);
  void write_bundle(int64_t now);
  void report();

  const BuildOptions& options_;
  Disk& disk_;
  std::ostream& out_;
  std::ostream& err_;
  unsigned threads_;
  DeckScan scan_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::vector<std::unique_ptr<Folder>> folders_;
  std::vector<DeckJob> jobs_;
};

inline double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// The digest of what, besides the inputs, changes a deck's outputs: the
// deckpress version and the options of the build.
std::string options_digest(const BuildOptions& options);

}  // namespace deckpress::pipeline
