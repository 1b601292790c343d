#pragma once
// A deck repository's deckpress.lock through one build: read once, and
// only when a deck needs it; digested per deck for the stamps; written back
// only when the build changed it. It reaches the file system through a
// Disk, so tests drive it in memory.
#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "anki/lock.h"
#include "deck/source.h"
#include "pipeline/disk.h"
#include "pipeline/fingerprint.h"

namespace deckpress::pipeline {

class LockFile {
 public:
  LockFile(Disk& disk, std::filesystem::path path) : disk_(disk), path_(std::move(path)) {}

  const std::filesystem::path& path() const { return path_; }

  // Reads the file the first time; later calls do nothing. Malformed lines
  // go to problems(). A large lock takes as long to read as a large deck to
  // compile, so the build reads it while its decks compile.
  void read();
  const Diagnostics& problems() const { return problems_; }
  bool exists();  // whether there is a lock file, without reading it

  // The digest of the entries a deck's package depends on (its notes' and
  // every note type's), from the lock as it is now; "-" without a lock.
  std::string digest_of(const std::string& deck);

  // The lock as read, or an empty one when there is no file. Not for a
  // lock with problems.
  const anki::Lock& current();
  // Records the stamps of a deck made without an error, before its outputs
  // are named (a new lock when there was no file).
  void apply(const anki::LockStamps& stamps);
  // True when there is a lock to write: stamps changed it, or it is new.
  bool changed() const { return lock_ && (!had_file_ || lock_->changed()); }
  bool had_file() const { return had_file_; }
  // Writes the lock back; throws std::runtime_error naming the file.
  void save();
  // The lock file as the build leaves it, for the stamps.
  const FileState& state();

 private:
  Disk& disk_;
  std::filesystem::path path_;
  bool read_ = false;
  bool had_file_ = false;
  std::optional<anki::Lock> lock_;
  Diagnostics problems_;
  std::optional<std::map<std::string, std::string>> digests_;  // by deck, until the next apply()
  std::optional<FileState> state_;
};

}  // namespace deckpress::pipeline
