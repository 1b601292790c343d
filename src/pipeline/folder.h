#pragma once
// What the decks of one folder share through a build: the note types of its
// templates/ (and of templates/ where deckpress runs), and its lock file.
#include <filesystem>

#include "deck/note_types.h"
#include "pipeline/disk.h"
#include "pipeline/folder_lock.h"

namespace deckpress::pipeline {

struct Folder {
  Folder(Disk& disk, const std::filesystem::path& dir)
      : dir(dir), note_types({dir / "templates", "templates"}), lock(disk, dir / "deckpress.lock") {}

  std::filesystem::path dir;
  NoteTypes note_types;  // safe from several threads: decks compile at once
  FolderLock lock;
};

}  // namespace deckpress::pipeline
