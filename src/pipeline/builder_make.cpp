// The stage of Builder that makes every deck's outputs at once: its sheet
// (`check` renders it too, and drops it, so both report the same problems),
// its package and its preview, each into an unnamed file of its own.
#include <algorithm>
#include <atomic>
#include <ostream>

#include "pipeline/builder.h"
#include "pipeline/preview_input.h"
#include "pipeline/sheet_input.h"
#include "print/sheet.h"
#include "support/missing_folder.h"

namespace deckpress::pipeline {

namespace fs = std::filesystem;

namespace {

// Writes `output` into an unnamed file; its failure is kept with it.
template <typename Write>
void make_pending(OutputFile& output, const Write& write) {
  try {
    write(output.pending.emplace(output.path));
  } catch (const std::exception& error) {
    output.failure = error.what();
  }
}

}  // namespace

// Every output of every deck is a task of its own, so a deck's package and
// sheet are made at once.
void Builder::make_outputs(Progress& progress) {
  bool any = std::any_of(jobs_.begin(), jobs_.end(), [](const DeckJob& job) { return job.to_build(); });
  if (options_.write && any && !make_output_folder()) return;
  std::vector<std::atomic<int>> unmade(jobs_.size());
  Tasks tasks;
  for (size_t i = 0; i < jobs_.size(); ++i) {
    if (!jobs_[i].to_build()) {
      progress.deck_done(i, jobs_[i].cards());
      continue;
    }
    Tasks outputs = output_tasks(jobs_[i]);
    unmade[i] = static_cast<int>(outputs.size());
    if (outputs.empty()) progress.deck_done(i, jobs_[i].cards());
    for (auto& make : outputs)
      tasks.push_back([&, i, make = std::move(make)] {
        make();
        if (--unmade[i] == 0) progress.deck_done(i, jobs_[i].cards());
      });
  }
  run_at_once(tasks);
}

bool Builder::make_output_folder() {
  try {
    made_folder_ = first_missing_folder(options_.out_dir / ".deckpress");
    fs::create_directories(options_.out_dir / ".deckpress");
    return true;
  } catch (const std::exception& error) {
    err_ << "deckpress: " << error.what() << "\n";
    io_failed_ = true;
    return false;
  }
}

// A build whose every deck failed leaves no folder it made: bottom up, each
// empty one goes; one that holds anything stays, and so do those above it.
void Builder::drop_unused_output_folder() {
  if (made_folder_.empty()) return;
  std::error_code kept;
  for (fs::path at = options_.out_dir / ".deckpress"; fs::remove(at, kept) && at != made_folder_;
       at = at.parent_path()) {
  }
}

Builder::Tasks Builder::output_tasks(DeckJob& job) {
  fs::path base = options_.out_dir / job.compiled->deck.stem;
  job.outputs.reserve(3);  // the tasks keep references to their OutputFile
  auto output = [&](const char* extension) -> OutputFile* {
    if (!options_.write) return nullptr;
    OutputFile& file = job.outputs.emplace_back();
    file.path = fs::path(base).concat(extension);
    return &file;
  };
  Tasks tasks;
  if (options_.write && options_.apkg)
    tasks.push_back([&job, file = output(".apkg")] {
      make_pending(*file, [&job](PendingFile& pending) {
        pending.write([&job](int fd) { anki::write_package(std::move(job.package), fd); });
      });
    });
  if (options_.pdf)
    tasks.push_back([this, &job, file = output(".pdf")] {
      auto pdf = deck_sheet({&*job.compiled}, options_.selection, options_.sheet, job.diagnostics, &math_);
      if (pdf && file) make_pending(*file, [&pdf](PendingFile& pending) { pending.write(*pdf); });
    });
  if (options_.write && options_.preview)
    tasks.push_back([&job, file = output(".html")] {
      make_pending(*file, [&job](PendingFile& pending) {
        pending.write(preview::render_preview(preview_input({&*job.compiled})));
      });
    });
  return tasks;
}

}  // namespace deckpress::pipeline
