#include "build/pipeline.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <memory>
#include <ostream>
#include <sstream>

#include <fmt/format.h>

#include "anki/lock.h"
#include "build/compiled.h"
#include "build/identity.h"
#include "build/output_file.h"
#include "build/sheet_input.h"
#include "deck/diagnostic_format.h"
#include "deck/loader.h"

namespace deckpress::build {

namespace fs = std::filesystem;

std::vector<fs::path> find_deck_files(const std::vector<fs::path>& inputs, std::ostream& err,
                                      bool& ok) {
  std::vector<fs::path> files;
  for (const auto& input : inputs) {
    std::error_code ec;
    if (fs::is_directory(input, ec)) {
      std::vector<fs::path> found;
      for (const auto& entry : fs::directory_iterator(input, ec))
        if (entry.path().extension() == ".toml" && entry.is_regular_file()) found.push_back(entry.path());
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

// Decks of one folder share its templates/ and its lock file.
struct Folder {
  std::unique_ptr<NoteTypes> note_types;
  std::vector<CompiledDeck> decks;
};

fs::path folder_of(const fs::path& file) {
  fs::path parent = file.parent_path();
  return parent.empty() ? fs::path(".") : parent;
}

class Build {
 public:
  Build(const BuildOptions& options, std::ostream& out, std::ostream& err)
      : options_(options), out_(out), err_(err) {}

  ExitCode run() {
    bool found = true;
    auto files = find_deck_files(options_.inputs, err_, found);
    if (!found) return usage_error;
    for (const auto& file : files) load(file);
    check_duplicate_ids();
    report();
    if (!options_.write) return diagnostics_.has_errors() ? deck_errors : ok;
    ExitCode written = write_outputs();
    return written != ok ? written : diagnostics_.has_errors() ? deck_errors : ok;
  }

 private:
  void load(const fs::path& file) {
    Folder& folder = folders_[folder_of(file)];
    if (!folder.note_types)
      folder.note_types = std::make_unique<NoteTypes>(
          std::vector<fs::path>{folder_of(file) / "templates", "templates"});
    Diagnostics diagnostics;
    auto deck = load_deck_file(file, *folder.note_types, diagnostics);
    if (deck) {
      CompiledDeck compiled = compile_deck(std::move(*deck), diagnostics);
      if (!diagnostics.has_errors()) folder.decks.push_back(std::move(compiled));
    }
    diagnostics_.append(diagnostics);
  }

  void check_duplicate_ids() {
    std::map<std::string, SourcePos> seen;
    for (auto& [dir, folder] : folders_) {
      for (auto deck = folder.decks.begin(); deck != folder.decks.end();) {
        bool clash = false;
        for (const auto& note : deck->deck.notes) {
          if (note.id.empty()) continue;
          auto [first, added] = seen.try_emplace(note.id, note.pos);
          if (added) continue;
          clash = true;
          diagnostics_.error(note.pos, fmt::format("note id '{}' is already used at {}:{}", note.id,
                                                   first->second.path, first->second.line));
        }
        deck = clash ? folder.decks.erase(deck) : deck + 1;
      }
    }
  }

  void report() {
    SourceLines sources;
    for (const auto& diagnostic : diagnostics_.all()) err_ << format_diagnostic(diagnostic, sources);
    if (diagnostics_.has_errors())
      err_ << fmt::format("deckpress: {} error(s), {} warning(s)\n", diagnostics_.error_count(),
                          diagnostics_.warning_count());
  }

  ExitCode write_outputs() {
    try {
      fs::create_directories(options_.out_dir);
      for (auto& [dir, folder] : folders_)
        if (ExitCode code = write_folder(dir, folder); code != ok) return code;
    } catch (const std::exception& error) {
      err_ << "deckpress: " << error.what() << "\n";
      return io_error;
    }
    return ok;
  }

  ExitCode write_folder(const fs::path& dir, Folder& folder) {
    fs::path lock_path = dir / "deckpress.lock";
    std::string lock_text, lock_error;
    bool had_lock = read_text(lock_path, lock_text);
    if (options_.locked && !had_lock) {
      err_ << fmt::format("deckpress: {} is missing; run `deckpress build` and commit it\n",
                          lock_path.generic_string());
      return deck_errors;
    }
    anki::Lock lock = anki::Lock::parse(lock_text, lock_error);
    if (!lock_error.empty()) {
      err_ << fmt::format("{}: error: {}\n", lock_path.generic_string(), lock_error);
      return deck_errors;
    }
    const anki::Lock before = lock;
    int64_t now = anki::build_time();
    std::vector<std::pair<const CompiledDeck*, anki::PackageInput>> packages;
    for (const auto& deck : folder.decks) {
      packages.emplace_back(&deck, package_input({&deck}, lock, now));
      lock.forget_unstamped(deck.deck.stem);
    }
    if (options_.locked && !(lock == before)) {
      err_ << fmt::format("deckpress: {} is out of date: the decks changed since it was written; "
                          "run `deckpress build` and commit the lock file\n",
                          lock_path.generic_string());
      return deck_errors;
    }
    for (const auto& [deck, package] : packages) write_deck(*deck, package);
    if (!options_.bundle.empty()) write_bundle(folder, lock, now);
    if (!had_lock || !(lock == before)) replace_file_contents(lock_path, lock.serialize());
    return ok;
  }

  void write_deck(const CompiledDeck& deck, const anki::PackageInput& package) {
    fs::path base = options_.out_dir / deck.deck.stem;
    if (options_.apkg) {
      replace_file(fs::path(base).concat(".apkg"),
                   [&](const fs::path& temp) { anki::write_package(package, temp); });
    }
    if (options_.pdf) write_sheet(deck, fs::path(base).concat(".pdf"));
    out_ << fmt::format("built {} ({} notes)\n", deck.deck.path, deck.notes.size());
  }

  void write_sheet(const CompiledDeck& deck, const fs::path& target) {
    Diagnostics diagnostics;
    auto pdf = print::render_sheet(sheet_input({&deck}), options_.sheet, diagnostics);
    SourceLines sources;
    for (const auto& diagnostic : diagnostics.all()) err_ << format_diagnostic(diagnostic, sources);
    diagnostics_.append(diagnostics);
    if (pdf) replace_file_contents(target, *pdf);
  }

  void write_bundle(const Folder& folder, anki::Lock& lock, int64_t now) {
    std::vector<const CompiledDeck*> decks;
    for (const auto& deck : folder.decks) decks.push_back(&deck);
    auto package = package_input(decks, lock, now);
    replace_file(options_.out_dir / options_.bundle,
                 [&](const fs::path& temp) { anki::write_package(package, temp); });
  }

  static bool read_text(const fs::path& path, std::string& text) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    text = buffer.str();
    return true;
  }

  const BuildOptions& options_;
  std::ostream& out_;
  std::ostream& err_;
  std::map<fs::path, Folder> folders_;
  Diagnostics diagnostics_;
};

}  // namespace

ExitCode run_build(const BuildOptions& options, std::ostream& out, std::ostream& err) {
  return Build(options, out, err).run();
}

}  // namespace deckpress::build
