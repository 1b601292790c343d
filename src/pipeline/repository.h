#pragma once
// The deck repository of a folder of decks: the folder holding the
// deckpress.lock its decks share, inside which their media may be. It is
// the nearest folder, from the decks' folder up to the top of its git work
// tree, that holds a deckpress.lock; the decks' folder itself when none
// does, or when it is in no git work tree (a lock higher up, outside git,
// could belong to anything).
#include <filesystem>
#include <string>

#include "pipeline/disk.h"
#include "pipeline/lock_file.h"

namespace deckpress::pipeline {

// `deck_dir` as the user wrote it; the result is in the same form ("decks",
// "..", "/abs/path").
std::filesystem::path find_repository(const std::filesystem::path& deck_dir);

// A deck's name in its repository's lock: its path from the repository,
// without .toml ("python" for decks/python.toml in decks/).
std::string lock_name(const std::filesystem::path& deck_file, const std::filesystem::path& repository);

struct Repository {
  Repository(Disk& disk, const std::filesystem::path& root) : root(root), lock(disk, root / "deckpress.lock") {}

  std::filesystem::path root;
  LockFile lock;
};

}  // namespace deckpress::pipeline
