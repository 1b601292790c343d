// The stages of Builder that make the outputs: package inputs from the
// stamped locks, then every deck's package, sheet and preview at once.
#include <algorithm>
#include <atomic>
#include <ostream>

#include "anki/lock.h"
#include "pipeline/builder.h"
#include "pipeline/identity.h"
#include "pipeline/output_file.h"
#include "pipeline/preview_input.h"
#include "pipeline/sheet_input.h"
#include "print/sheet.h"

namespace deckpress::pipeline {

namespace fs = std::filesystem;

namespace {

bool has_lock_problems(const std::vector<std::unique_ptr<Folder>>& folders) {
  return std::any_of(folders.begin(), folders.end(),
                     [](const auto& folder) { return !folder->lock.problems().all().empty(); });
}

// Runs `write` for `output`, keeping its failure instead of throwing.
template <typename Write>
void write_or_keep_failure(OutputFile& output, const Write& write) {
  try {
    write(output.path);
    output.written = true;
  } catch (const std::exception& error) {
    output.failure = error.what();
  }
}

}  // namespace

Outcome Builder::write_decks(Progress& progress) {
  int64_t now = anki::build_time();
  for (auto& folder : folders_)
    if (Outcome outcome = prepare_packages(*folder, now); outcome != Outcome::ok) return outcome;
  try {
    fs::create_directories(options_.out_dir / ".deckpress");
  } catch (const std::exception& error) {
    err_ << "deckpress: " << error.what() << "\n";
    return Outcome::write_failed;
  }
  write_outputs(progress);
  bool failed = false;
  for (const auto& job : jobs_)
    for (const auto& output : job.outputs)
      if (!output.failure.empty()) {
        err_ << "deckpress: " << output.failure << "\n";
        failed = true;
      }
  return failed ? Outcome::write_failed : record(now);
}

// Stamps the folder's lock for its decks about to be written, and makes
// their package inputs from it.
Outcome Builder::prepare_packages(Folder& folder, int64_t now) {
  // Nothing to stamp: a large lock need not even be read.
  if (!writes_into(folder) && !has_lock_problems(folders_) && folder.lock.exists()) return Outcome::ok;
  folder.lock.read();
  if (has_lock_problems(folders_)) return Outcome::deck_errors;
  anki::Lock& lock = folder.lock.for_stamping();
  for (auto& job : jobs_) {
    if (job.folder != &folder || !job.has_output()) continue;
    job.package = package_input({&*job.compiled}, lock, now);
    lock.forget_unstamped(job.lock_name());
  }
  if (options_.locked && folder.lock.changed()) {
    err_ << "deckpress: " << folder.lock.path().generic_string()
         << (folder.lock.had_file() ? " is out of date: the decks changed since it was written; run "
                                      "`deckpress build` and commit the lock file\n"
                                    : " is missing; run `deckpress build` and commit it\n");
    return Outcome::deck_errors;
  }
  return Outcome::ok;
}

// Every output of every deck is a task of its own, so a deck's package and
// sheet are made at once; so are the digests of the stamped locks, which
// the stamps need once the outputs are written.
void Builder::write_outputs(Progress& progress) {
  std::vector<std::atomic<int>> unwritten(jobs_.size());
  Tasks tasks;
  for (auto& folder : folders_)
    if (writes_into(*folder)) tasks.push_back([&lock = folder->lock] { lock.prepare_digests(); });
  for (size_t i = 0; i < jobs_.size(); ++i) {
    if (!jobs_[i].has_output()) continue;
    Tasks outputs = output_tasks(jobs_[i]);
    unwritten[i] = static_cast<int>(outputs.size());
    for (auto& write : outputs)
      tasks.push_back([&, i, write = std::move(write)] {
        write();
        if (--unwritten[i] == 0) progress.deck_done(jobs_[i].cards());
      });
  }
  run_at_once(tasks);
}

Builder::Tasks Builder::output_tasks(DeckJob& job) {
  fs::path base = options_.out_dir / job.compiled->deck.stem;
  job.outputs.reserve(3);  // the tasks keep references to their OutputFile
  auto output = [&](const char* extension) -> OutputFile& {
    OutputFile& file = job.outputs.emplace_back();
    file.path = fs::path(base).concat(extension);
    return file;
  };
  Tasks tasks;
  if (options_.apkg)
    tasks.push_back([&job, &file = output(".apkg")] {
      write_or_keep_failure(file, [&job](const fs::path& path) {
        replace_file(path, [&job](int fd) { anki::write_package(std::move(job.package), fd); });
      });
    });
  if (options_.pdf)
    tasks.push_back([this, &job, &file = output(".pdf")] {
      auto pdf = print::render_sheet(sheet_input({&*job.compiled}), options_.sheet, job.diagnostics);
      if (!pdf) job.status = DeckJob::Status::failed;
      else write_or_keep_failure(file, [&pdf](const fs::path& path) { replace_file_contents(path, *pdf); });
    });
  if (options_.preview)
    tasks.push_back([&job, &file = output(".html")] {
      write_or_keep_failure(file, [&job](const fs::path& path) {
        replace_file_contents(path, preview::render_preview(preview_input({&*job.compiled})));
      });
    });
  return tasks;
}

bool Builder::writes_into(const Folder& folder) const {
  return std::any_of(jobs_.begin(), jobs_.end(),
                     [&](const DeckJob& job) { return job.folder == &folder && job.has_output(); });
}

}  // namespace deckpress::pipeline
