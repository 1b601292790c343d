#pragma once
// An Anki note type as a folder under templates/: notetype.toml, a front and
// a back file per template, and style.css, with every id kept so that Anki
// sees the very note type it exported.
#include <string>
#include <utility>
#include <vector>

#include "deck/model.h"
#include "package/model.h"

namespace deckpress::importer {

struct NoteTypeFolder {
  NoteType type;  // as deckpress will read it back from the folder
  std::vector<std::string> template_files;  // file name stems, one per template
  // Why deckpress cannot express or render it (then it is verbatim): image
  // occlusion, a script, an unknown filter.
  std::vector<std::string> verbatim_reasons;
};

// `key` names the folder and is what deck files say in `type = "..."`.
NoteTypeFolder note_type_folder(const package::NoteType& anki, const std::string& key);

// The folder's files, by name, with their contents.
std::vector<std::pair<std::string, std::string>> note_type_files(const NoteTypeFolder& folder);

}  // namespace deckpress::importer
