#pragma once
// One deck file through a build: what was read and made of it, what was
// written, and what is reported.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "anki/package.h"
#include "deck/source.h"
#include "pipeline/compiled.h"
#include "pipeline/fingerprint.h"
#include "pipeline/folder.h"

namespace deckpress::pipeline {

// One output of a deck. Each is written by a task of its own, which fills
// in only its own OutputFile.
struct OutputFile {
  std::filesystem::path path;
  bool written = false;
  std::string failure;  // why it could not be written
};

struct DeckJob {
  enum class Status { built, skipped, failed };

  std::filesystem::path file;
  Folder* folder = nullptr;
  Status status = Status::built;
  Diagnostics diagnostics;
  std::optional<CompiledDeck> compiled;
  std::optional<FileState> source;      // the deck file as it was read
  std::optional<Fingerprint> previous;  // an up-to-date deck's last build
  anki::PackageInput package;
  std::vector<OutputFile> outputs;
  double seconds = 0;

  // The deck's name in its folder's lock: its file name without .toml.
  std::string lock_name() const { return file.stem().string(); }
  bool has_output() const { return status == Status::built && compiled; }
  size_t notes() const;
  size_t cards() const;
};

}  // namespace deckpress::pipeline
