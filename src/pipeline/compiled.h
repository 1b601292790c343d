#pragma once
// A deck turned into what the writers need: each note's field HTML and the
// cards it yields, and the media files it names. Shared by the package, the
// sheet and the preview, so they always agree.
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "deck/model.h"
#include "deck/note_types.h"

namespace deckpress::pipeline {

struct CompiledNote {
  const Note* note = nullptr;
  std::string guid;  // Anki's key for the note across imports
  std::vector<std::string> fields_html;
  std::vector<int> card_ords;
};

struct CompiledDeck {
  Deck deck;
  std::string description_html;
  std::vector<std::string> subdeck_descriptions_html;  // as deck.subdecks
  std::vector<CompiledNote> notes;
  std::map<std::string, std::filesystem::path> media;  // package name -> file on disk
  std::set<std::string> description_media;  // the names the description uses
};

// Converts the fields, resolves media and decides the cards. Problems the
// model cannot see (cloze syntax, missing media, notes without cards) go to
// `diagnostics` at their positions. Each note's fields are released once
// their HTML exists, so a large deck is not held twice. Media may come from
// anywhere inside `repository` (pipeline/repository.h): by default, the
// deck's folder.
CompiledDeck compile_deck(Deck deck, Diagnostics& diagnostics, const std::filesystem::path& repository = {});

}  // namespace deckpress::pipeline
