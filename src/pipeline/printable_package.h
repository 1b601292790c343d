#pragma once
// An Anki package as the sheet needs it: its note types (templates and CSS
// as the package has them), its notes with their cards' ords and decks, and
// its media files on request. read_printable_package is the one place that
// names the package reader.
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "deck/model.h"

namespace deckpress::pipeline {

struct PackageNote {
  std::string guid;
  size_t type = 0;  // into PrintablePackage::note_types
  std::vector<std::string> fields_html;
  std::vector<std::string> tags;
  std::string deck;       // the deck its cards are in (the first card's, if they differ)
  std::vector<int> ords;  // of its cards, in order
};

struct PrintablePackage {
  std::vector<NoteType> note_types;
  std::vector<PackageNote> notes;           // by deck name, then as the package orders them
  std::map<std::string, std::string> media;  // file name -> the archive's member holding it
  // The bytes of a media file, by its member; throws std::runtime_error.
  std::function<std::string(const std::string& member)> media_bytes;
};

// Throws std::runtime_error, naming the file, when it is not a package this
// reader understands.
PrintablePackage read_printable_package(const std::filesystem::path& path);

}  // namespace deckpress::pipeline
