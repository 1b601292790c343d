#pragma once
// One deck file through a build: what was read and made of it, what was
// written, and what is reported.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "anki/lock.h"
#include "anki/package.h"
#include "deck/source.h"
#include "pipeline/compiled.h"
#include "pipeline/fingerprint.h"
#include "pipeline/folder.h"
#include "pipeline/output_file.h"

namespace deckpress::pipeline {

// One output of a deck. It is made by a task of its own, which fills in only
// its own OutputFile, into an unnamed file that is named once the deck has
// no error.
struct OutputFile {
  std::filesystem::path path;
  std::optional<PendingFile> pending;
  std::string failure;  // why it could not be made or named
  bool written = false;
};

struct DeckJob {
  std::filesystem::path file;
  Folder* folder = nullptr;
  std::string lock_name;  // the deck's name in its repository's lock
  Diagnostics diagnostics;  // any error here means nothing is written for the deck
  bool io_failed = false;   // an output could not be written: the machine's fault, not the deck's
  std::optional<CompiledDeck> compiled;
  std::optional<FileState> source;      // the deck file as it was read
  std::optional<Fingerprint> previous;  // an up-to-date deck's last build
  anki::PackageInput package;
  anki::LockStamps stamps;  // what its lock records once its outputs are written
  std::vector<OutputFile> outputs;
  double seconds = 0;

  Repository& repository() const { return folder->repository; }
  bool failed() const { return diagnostics.has_errors(); }
  bool up_to_date() const { return previous.has_value() && !failed(); }
  // Compiled, without an error, and not up to date: its outputs are made.
  bool to_build() const { return compiled && !previous && !failed(); }
  bool written() const;  // every output it was to write is in place
  std::string name() const;  // the deck's name, or "" when it could not be read
  size_t notes() const;
  size_t cards() const;
};

}  // namespace deckpress::pipeline
