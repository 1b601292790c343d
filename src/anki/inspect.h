#pragma once
// `deckpress inspect`: what an Anki package holds, whoever wrote it.
#include <cstdint>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace deckpress::anki {

struct InspectedDeck {
  int64_t id = 0;
  std::string name;
  std::string description;
};

struct InspectedTemplate {
  std::string name;
  std::string front;
  std::string back;
};

struct InspectedNoteType {
  int64_t id = 0;
  std::string name;
  bool is_cloze = false;
  std::vector<std::string> fields;
  std::vector<InspectedTemplate> templates;
  std::string css;
  int sort_field = 0;  // index into fields
};

struct InspectedNote {
  int64_t id = 0;
  std::string guid;
  int64_t note_type_id = 0;
  std::vector<std::string> fields;
  std::vector<std::string> tags;
};

struct InspectedCard {
  int64_t id = 0;
  int64_t note_id = 0;
  int ord = 0;
  int64_t deck_id = 0;
};

struct InspectedMedia {
  std::string entry;  // "0", "1", ...
  std::string name;
  bool present = false;  // the entry exists in the archive
  uint64_t size = 0;
};

struct PackageContents {
  std::string collection_entry;  // collection.anki2 or collection.anki21
  int schema_version = 0;
  std::vector<InspectedDeck> decks;  // sorted by name
  std::vector<InspectedNoteType> note_types;
  std::vector<InspectedNote> notes;   // by id
  std::vector<InspectedCard> cards;   // by note, then ord
  std::vector<InspectedMedia> media;  // by entry number
};

// Throws std::runtime_error with a readable message when the file is not a
// package this reader understands (e.g. only collection.anki21b).
PackageContents inspect_package(const std::filesystem::path& apkg);

std::string format_text(const PackageContents& contents);
nlohmann::ordered_json to_json(const PackageContents& contents);

}  // namespace deckpress::anki
