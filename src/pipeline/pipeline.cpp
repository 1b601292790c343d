#include "pipeline/pipeline.h"

#include <algorithm>
#include <chrono>
#include <future>
#include <map>
#include <memory>
#include <numeric>
#include <ostream>
#include <set>
#include <unordered_map>

#include <fmt/format.h>

#include "anki/ids.h"
#include "anki/lock.h"
#include "cards/template_check.h"
#include "pipeline/compiled.h"
#include "pipeline/deck_family.h"
#include "pipeline/fingerprint.h"
#include "pipeline/identity.h"
#include "pipeline/output_file.h"
#include "support/parallel.h"
#include "pipeline/preview_input.h"
#include "pipeline/progress.h"
#include "pipeline/report.h"
#include "pipeline/sheet_input.h"
#include "deck/diagnostic_format.h"
#include "deck/file_bytes.h"
#include "deck/loader.h"
#include "print/options.h"

namespace deckpress::pipeline {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

std::vector<fs::path> find_deck_files(const std::vector<fs::path>& inputs, std::ostream& err,
                                      bool& ok) {
  std::vector<fs::path> files;
  for (const auto& input : inputs) {
    std::error_code ec;
    if (fs::is_directory(input, ec)) {
      std::vector<fs::path> found;
      for (const auto& entry : fs::directory_iterator(input, ec))
        if (entry.path().extension() == ".toml" && entry.is_regular_file()) found.push_back(entry.path());
      if (found.empty()) {
        err << fmt::format("deckpress: {}: no deck files (*.toml) in this folder\n", input.generic_string());
        ok = false;
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::is_regular_file(input, ec)) {
      files.push_back(input);
    } else {
      err << fmt::format("deckpress: {}: no such deck file or folder\n", input.generic_string());
      ok = false;
    }
  }
  return files;
}

namespace {

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// A lock as its file holds it: no lock when there is no file, and an error
// message when the file cannot be parsed.
struct LockRead {
  std::optional<anki::Lock> lock;
  std::string error;
};

LockRead read_lock_file(const fs::path& path) {
  LockRead read;
  auto text = read_file_bytes(path);
  if (!text) return read;
  anki::Lock lock = anki::Lock::parse(*text, read.error);
  if (read.error.empty()) read.lock = std::move(lock);
  return read;
}

// Decks of one folder share its templates/ and its lock file.
struct Folder {
  fs::path dir;
  std::unique_ptr<NoteTypes> note_types;
  std::future<LockRead> lock_read;  // read while the decks load, when they will be built
  fs::path lock_path() const { return dir / "deckpress.lock"; }
};

struct DeckJob {
  enum class Status { built, skipped, failed };
  fs::path file;
  Folder* folder = nullptr;
  Status status = Status::built;
  Diagnostics diagnostics;
  std::optional<CompiledDeck> compiled;
  std::optional<FileState> source;  // the deck file as it was read
  std::optional<Fingerprint> previous;
  anki::PackageInput package;
  std::vector<fs::path> outputs;
  double seconds = 0;

  bool has_output() const { return status == Status::built && compiled; }
  size_t notes() const { return compiled ? compiled->notes.size() : previous ? previous->notes : 0; }
  size_t cards() const {
    if (!compiled) return previous ? previous->cards : 0;
    size_t count = 0;
    for (const auto& note : compiled->notes) count += note.card_ords.size();
    return count;
  }
};

fs::path folder_of(const fs::path& file) {
  fs::path parent = file.parent_path();
  return parent.empty() ? fs::path(".") : parent;
}

class Build {
 public:
  Build(const BuildOptions& options, std::ostream& out, std::ostream& err)
      : options_(options), out_(out), err_(err),
        threads_(options.jobs ? options.jobs : core_count()) {}

  Outcome run() {
    bool found = true;
    auto files = find_deck_files(options_.inputs, err_, found);
    if (!found) return Outcome::missing_inputs;
    for (const auto& file : files) add_job(file);
    skip_unchanged();
    if (options_.write) start_lock_reads();
    {
      Progress progress(jobs_.size(), !options_.quiet);
      parallel_for(jobs_.size(), threads_, [&](size_t i) {
        compile(jobs_[i]);
        // Decks that will be written count as done once written.
        if (!options_.write || jobs_[i].status != DeckJob::Status::built) progress.deck_done(jobs_[i].cards());
      });
      check_duplicate_ids();
      relate_decks();
      Outcome code = options_.write ? write_all(progress) : Outcome::ok;
      report();
      if (code != Outcome::ok) return code;
    }
    bool errors = std::any_of(jobs_.begin(), jobs_.end(),
                              [](const DeckJob& job) { return job.diagnostics.has_errors(); });
    return errors ? Outcome::deck_errors : Outcome::ok;
  }

 private:
  void add_job(const fs::path& file) {
    fs::path dir = folder_of(file);
    auto& folder = folders_[dir];
    if (!folder) {
      folder = std::make_unique<Folder>();
      folder->dir = dir;
      folder->note_types = std::make_unique<NoteTypes>(std::vector<fs::path>{dir / "templates", "templates"},
                                                       cards::check_templates);
    }
    DeckJob job;
    job.file = file;
    job.folder = folder.get();
    jobs_.push_back(std::move(job));
  }

  fs::path stamp_path(const fs::path& file) const {
    return options_.out_dir / ".deckpress" / fs::path(file.stem()).concat(".stamp");
  }

  std::string options_digest() const {
    std::string text = fmt::format("{}|{}|{}|{}|{}", DECKPRESS_VERSION, options_.apkg, options_.pdf,
                                   options_.preview, options_.out_dir.generic_string());
    for (const auto& [key, value] : options_.sheet) text += "|" + key + "=" + value;
    text += "|selection=" + options_.selection.describe();
    return anki::sha256_hex(text);
  }

  // Digest of the lock entries a deck's package depends on, from the lock as
  // it is now (digests are dropped whenever the lock is stamped).
  std::string lock_digest(const DeckJob& job) {
    auto& lock = locks_[job.folder];
    if (!lock) lock = read_lock(*job.folder);
    if (!lock) return "-";
    auto& digests = lock_digests_[job.folder];
    if (!digests) digests = lock->digests_by_deck();
    auto found = digests->find(job.file.stem().string());
    return found == digests->end() ? anki::sha256_hex("") : found->second;
  }

  void skip_unchanged() {
    // What --changed-since compares with can move (a branch, HEAD~1): such
    // a sheet is always made again.
    if (!options_.write || options_.force || !options_.bundle.empty() || !options_.selection.changed_since.empty()) {
      return;
    }
    std::string options = options_digest();
    for (auto& job : jobs_) {
      auto recorded = read_fingerprint(stamp_path(job.file));
      if (!recorded || !up_to_date(*recorded, options) || !lock_unchanged(*recorded, job)) continue;
      job.status = DeckJob::Status::skipped;
      job.previous = std::move(recorded);
    }
  }

  bool lock_unchanged(const Fingerprint& recorded, const DeckJob& job) {
    if (recorded.lock_file && recorded.lock_file->unchanged()) return true;
    return recorded.lock == lock_digest(job);
  }

  void compile(DeckJob& job) {
    if (job.status == DeckJob::Status::skipped) return;
    auto start = Clock::now();
    auto deck = load(job, job.diagnostics);
    if (deck) job.compiled = compile_deck(std::move(*deck), job.diagnostics);
    // `check` renders no sheet, so it checks the [print] table here; build
    // reports the same problems when it renders.
    if (job.compiled && !options_.write && options_.pdf)
      print::read_sheet_config(job.compiled->deck.print, options_.sheet, job.diagnostics);
    if (job.diagnostics.has_errors()) job.status = DeckJob::Status::failed;
    job.seconds = seconds_since(start);
  }

  // The deck file is digested while it is parsed, from the very bytes read:
  // the stamp then describes exactly what was built.
  std::optional<Deck> load(DeckJob& job, Diagnostics& diagnostics) {
    FileState source = FileState::before_reading(job.file);
    auto text = read_deck_file(job.file, diagnostics);
    if (!text) return std::nullopt;
    auto digest = std::async(std::launch::async, [&text] { return anki::sha256_hex(*text); });
    auto deck = load_deck_text(*text, job.file.generic_string(), *job.folder->note_types, diagnostics);
    source.digest = digest.get();
    job.source = std::move(source);
    return deck;
  }

  // Where an id was first used: a note of a compiled deck, or a skipped deck.
  struct FirstUse {
    const DeckJob* job;
    const Note* note;
    std::string where() const {
      return note ? fmt::format("{}:{}", note->pos.path, note->pos.line) : job->file.generic_string();
    }
  };

  void check_duplicate_ids() {
    std::unordered_map<std::string_view, FirstUse> seen;
    // Sized once: rehashing as it grew was a third of this check at 100,000 notes.
    seen.reserve(std::accumulate(jobs_.begin(), jobs_.end(), size_t{0},
                                 [](size_t sum, const DeckJob& job) { return sum + job.notes(); }));
    for (auto& job : jobs_) {
      if (job.previous) {
        for (const auto& id : job.previous->note_ids) seen.try_emplace(id, FirstUse{&job, nullptr});
        continue;
      }
      if (!job.compiled) continue;
      for (const auto& note : job.compiled->deck.notes) {
        if (note.id.empty()) continue;
        auto [first, added] = seen.try_emplace(note.id, FirstUse{&job, &note});
        if (added) continue;
        job.diagnostics.error(note.pos, fmt::format("note id '{}' is already used at {}", note.id, first->second.where()));
        job.status = DeckJob::Status::failed;
      }
    }
  }

  static std::string deck_name(const DeckJob& job) {
    return job.compiled ? job.compiled->deck.name : job.previous ? job.previous->deck_name : "";
  }

  // Subdecks carry the parents the build defines (deck_family.h): a parent
  // skipped as unchanged is compiled for them, not written, its problems
  // reported when it was built. Names Anki takes for one deck are errors.
  void relate_decks() {
    std::vector<std::string> names, built;
    for (const auto& job : jobs_) {
      names.push_back(deck_name(job));
      if (job.status == DeckJob::Status::built && job.compiled) built.push_back(names.back());
    }
    auto carried = carried_parents(built, names);
    parallel_for(jobs_.size(), threads_, [&](size_t i) {
      if (jobs_[i].status != DeckJob::Status::skipped || !carried.count(names[i])) return;
      Diagnostics reported_before;
      if (auto deck = load(jobs_[i], reported_before)) jobs_[i].compiled = compile_deck(std::move(*deck), reported_before);
    });
    std::vector<bool> read;
    std::vector<std::string> files;
    for (const auto& job : jobs_) {
      read.push_back(job.compiled.has_value());
      files.push_back(job.file.generic_string());
    }
    for (auto& clash : case_clashes(names, read, files)) {
      DeckJob& job = jobs_[clash.deck];
      job.diagnostics.error(job.compiled->deck.pos, std::move(clash.message));
      job.status = DeckJob::Status::failed;
    }
  }

  // The decks whose descriptions a subdeck's package may carry: no deck with errors.
  std::vector<const CompiledDeck*> compiled_decks() const {
    std::vector<const CompiledDeck*> decks;
    for (const auto& job : jobs_)
      if (job.compiled && job.status != DeckJob::Status::failed) decks.push_back(&*job.compiled);
    return decks;
  }

  // A large lock takes as long to parse as a large deck to compile: folders
  // whose decks will be built have theirs read meanwhile.
  void start_lock_reads() {
    for (const auto& job : jobs_) {
      Folder& folder = *job.folder;
      if (job.status == DeckJob::Status::skipped || locks_.count(&folder) || folder.lock_read.valid()) continue;
      folder.lock_read = std::async(std::launch::async, read_lock_file, folder.lock_path());
    }
  }

  std::optional<anki::Lock> read_lock(Folder& folder) {
    LockRead read = folder.lock_read.valid() ? folder.lock_read.get() : read_lock_file(folder.lock_path());
    if (!read.error.empty())
      lock_errors_.push_back(fmt::format("{}: error: {}", folder.lock_path().generic_string(), read.error));
    return std::move(read.lock);
  }

  Outcome write_all(Progress& progress) {
    int64_t now = anki::build_time();
    for (auto& [dir, folder] : folders_)
      if (Outcome code = stamp_folder(*folder, now); code != Outcome::ok) return code;
    // The locks are final: the stamps' digests of them are made while the decks are written.
    std::vector<const DeckJob*> stamped;
    for (const auto& job : jobs_)
      if (job.has_output()) stamped.push_back(&job);
    auto lock_digests = std::async(std::launch::async, [this, stamped] { return digest_locks(stamped); });
    std::vector<std::string> failures(jobs_.size());
    try {
      fs::create_directories(options_.out_dir / ".deckpress");
    } catch (const std::exception& error) {
      err_ << "deckpress: " << error.what() << "\n";
      return Outcome::write_failed;
    }
    parallel_for(jobs_.size(), threads_, [&](size_t i) {
      DeckJob& job = jobs_[i];
      if (!job.has_output()) return;
      try {
        write_deck(job);
      } catch (const std::exception& error) {
        failures[i] = error.what();
      }
      progress.deck_done(job.cards());
    });
    for (const auto& failure : failures)
      if (!failure.empty()) err_ << "deckpress: " << failure << "\n";
    if (std::any_of(failures.begin(), failures.end(), [](const auto& f) { return !f.empty(); }))
      return Outcome::write_failed;
    return finish_folders(now, lock_digests.get());
  }

  // Each stamped deck's digest of its lock. Reads only what writing leaves
  // alone: the locks, and each job's file and folder.
  std::map<const DeckJob*, std::string> digest_locks(const std::vector<const DeckJob*>& stamped) {
    std::map<const DeckJob*, std::string> digests;
    for (const DeckJob* job : stamped) digests[job] = lock_digest(*job);
    return digests;
  }

  // Updates the folder's lock for its built decks and prepares their packages.
  Outcome stamp_folder(Folder& folder, int64_t now) {
    bool builds = std::any_of(jobs_.begin(), jobs_.end(),
                              [&](const DeckJob& job) { return job.folder == &folder && job.has_output(); });
    auto& lock = locks_[&folder];
    // Nothing to stamp: a large lock need not even be read.
    if (!builds && lock_errors_.empty() && (lock || fs::exists(folder.lock_path()))) return Outcome::ok;
    if (!lock) lock = read_lock(folder);
    for (const auto& message : lock_errors_) err_ << message << "\n";
    if (!lock_errors_.empty()) return Outcome::deck_errors;
    bool had_lock = lock.has_value();
    if (!lock) lock.emplace();
    for (auto& job : jobs_) {
      if (job.folder != &folder || !job.has_output()) continue;
      job.package = package_input({&*job.compiled}, *lock, now, compiled_decks());
      lock->forget_unstamped(job.compiled->deck.stem);
    }
    lock_digests_.erase(&folder);
    bool changed = !had_lock || lock->changed();
    if (options_.locked && changed) {
      err_ << "deckpress: " << folder.lock_path().generic_string()
           << (had_lock ? " is out of date: the decks changed since it was written; run "
                          "`deckpress build` and commit the lock file\n"
                        : " is missing; run `deckpress build` and commit it\n");
      return Outcome::deck_errors;
    }
    if (changed && options_.save_lock) changed_locks_.push_back(&folder);
    return Outcome::ok;
  }

  void write_deck(DeckJob& job) {
    auto start = Clock::now();
    fs::path base = options_.out_dir / job.compiled->deck.stem;
    // The package and the sheet share only the compiled deck: they are made at once.
    std::future<void> package;
    if (options_.apkg) {
      fs::path apkg = fs::path(base).concat(".apkg");
      job.outputs.push_back(apkg);
      package = std::async(std::launch::async, [&job, apkg] {
        replace_file(apkg, [&job](int fd) { anki::write_package(std::move(job.package), fd); });
      });
    }
    if (options_.pdf) write_sheet(job, fs::path(base).concat(".pdf"));
    if (package.valid()) package.get();
    if (options_.preview) {
      fs::path html = fs::path(base).concat(".html");
      replace_file_contents(html, preview::render_preview(preview_input({&*job.compiled})));
      job.outputs.push_back(html);
    }
    job.seconds += seconds_since(start);
  }

  void write_sheet(DeckJob& job, const fs::path& target) {
    auto pdf = deck_sheet({&*job.compiled}, options_.selection, options_.sheet, job.diagnostics);
    if (!pdf) {
      job.status = DeckJob::Status::failed;
      return;
    }
    replace_file_contents(target, *pdf);
    job.outputs.push_back(target);
  }

  Outcome finish_folders(int64_t now, const std::map<const DeckJob*, std::string>& lock_digests) {
    try {
      for (Folder* folder : changed_locks_)
        replace_file_contents(folder->lock_path(), locks_[folder]->serialize());
      for (auto& job : jobs_)
        if (job.has_output())
          replace_file_contents(stamp_path(job.file), serialize(fingerprint_of(job, lock_digests.at(&job))));
      if (!options_.bundle.empty()) write_bundle(now);
    } catch (const std::exception& error) {
      err_ << "deckpress: " << error.what() << "\n";
      return Outcome::write_failed;
    }
    return Outcome::ok;
  }

  Fingerprint fingerprint_of(const DeckJob& job, const std::string& lock_digest) {
    Fingerprint fingerprint;
    fingerprint.deck_name = job.compiled->deck.name;
    fingerprint.options = options_digest();
    fingerprint.lock = lock_digest;
    fingerprint.lock_file = lock_file(*job.folder);
    fingerprint.notes = job.notes();
    fingerprint.cards = job.cards();
    std::vector<fs::path> inputs;
    std::set<std::string> type_keys;
    for (const auto& note : job.compiled->deck.notes) {
      if (!note.id.empty()) fingerprint.note_ids.push_back(note.id);
      type_keys.insert(note.type->key);
    }
    for (const auto& key : type_keys) {
      auto files = job.folder->note_types->files_of(key);
      inputs.insert(inputs.end(), files.begin(), files.end());
    }
    for (const auto& [name, file] : job.compiled->media) inputs.push_back(file);
    for (const auto& parent : parent_deck_names(job.compiled->deck.name))  // those its package carries
      for (const auto& other : jobs_)
        if (deck_name(other) == parent) inputs.push_back(other.file);
    std::sort(inputs.begin(), inputs.end());
    inputs.erase(std::unique(inputs.begin(), inputs.end()), inputs.end());
    fingerprint.inputs.push_back(*job.source);
    for (const auto& file : inputs) fingerprint.inputs.push_back(FileState::of(file));
    for (const auto& file : job.outputs) fingerprint.outputs.push_back(FileState::of(file));
    return fingerprint;
  }

  // The folder's lock as this build left it; read once however many decks it serves.
  const FileState& lock_file(const Folder& folder) {
    auto found = lock_files_.find(&folder);
    if (found == lock_files_.end()) found = lock_files_.emplace(&folder, FileState::of(folder.lock_path())).first;
    return found->second;
  }

  void write_bundle(int64_t now) {
    std::vector<const CompiledDeck*> decks;
    for (const auto& job : jobs_)
      if (job.has_output()) decks.push_back(&*job.compiled);
    anki::Lock& lock = *locks_[jobs_.front().folder];
    auto package = package_input(decks, lock, now);
    replace_file(options_.out_dir / options_.bundle,
                 [&package](int fd) { anki::write_package(std::move(package), fd); });
  }

  void report() {
    SourceLines sources;
    std::vector<DeckReport> reports;
    size_t errors = 0, warnings = 0;
    for (const auto& job : jobs_) {
      for (const auto& d : job.diagnostics.all()) {
        err_ << format_diagnostic(d, sources);
        if (options_.github_annotations) out_ << github_annotation(d);
      }
      errors += job.diagnostics.error_count();
      warnings += job.diagnostics.warning_count();
      reports.push_back(report_of(job));
      if (options_.quiet || !options_.write || job.status == DeckJob::Status::failed) continue;
      out_ << fmt::format("{} {} ({} notes, {} cards)\n",
                          job.status == DeckJob::Status::skipped ? "unchanged" : "built",
                          job.file.generic_string(), job.notes(), job.cards());
    }
    if (errors) err_ << fmt::format("deckpress: {} error(s), {} warning(s)\n", errors, warnings);
    if (!options_.report.empty()) write_report(reports);
  }

  DeckReport report_of(const DeckJob& job) {
    DeckReport report;
    report.file = job.file.generic_string();
    report.name = job.compiled ? job.compiled->deck.name : "";
    report.status = job.status == DeckJob::Status::built    ? (options_.write ? "built" : "checked")
                    : job.status == DeckJob::Status::skipped ? "skipped"
                                                             : "failed";
    for (const auto& file : job.outputs) report.outputs.push_back(file.generic_string());
    if (job.previous)
      for (const auto& file : job.previous->outputs) report.outputs.push_back(file.path);
    report.notes = job.notes();
    report.cards = job.cards();
    report.seconds = job.seconds;
    report.diagnostics = job.diagnostics.all();
    return report;
  }

  void write_report(const std::vector<DeckReport>& reports) {
    try {
      replace_file_contents(options_.report, report_json(reports, seconds_since(start_)));
    } catch (const std::exception& error) {
      err_ << "deckpress: " << error.what() << "\n";
    }
  }

  const BuildOptions& options_;
  std::ostream& out_;
  std::ostream& err_;
  unsigned threads_;
  Clock::time_point start_ = Clock::now();
  std::map<fs::path, std::unique_ptr<Folder>> folders_;
  std::vector<DeckJob> jobs_;
  std::map<const Folder*, std::optional<anki::Lock>> locks_;
  std::map<const Folder*, std::optional<std::map<std::string, std::string>>> lock_digests_;  // by deck
  std::map<const Folder*, FileState> lock_files_;  // as the build leaves them
  std::vector<std::string> lock_errors_;
  std::vector<Folder*> changed_locks_;
};

}  // namespace

Outcome run_build(const BuildOptions& options, std::ostream& out, std::ostream& err) {
  return Build(options, out, err).run();
}

}  // namespace deckpress::pipeline
