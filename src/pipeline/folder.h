#pragma once
// What the decks of one folder share through a build: the note types of its
// templates/ (and of templates/ where deckpress runs), and the repository
// whose lock they are stamped in.
#include <filesystem>

#include "cards/template_check.h"
#include "deck/note_types.h"
#include "pipeline/repository.h"

namespace deckpress::pipeline {

struct Folder {
  Folder(const std::filesystem::path& dir, Repository& repository)
      : dir(dir), note_types({dir / "templates", "templates"}, cards::check_templates), repository(repository) {}

  std::filesystem::path dir;
  NoteTypes note_types;  // safe from several threads: decks compile at once
  Repository& repository;
};

}  // namespace deckpress::pipeline
