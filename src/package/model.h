#pragma once
// The package model: what an Anki package (.apkg or .colpkg, any format)
// holds, as plain data with no trace of SQLite, JSON or protobuf. `inspect`,
// `diff`, `import` and the sheet of a package all read this.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "deck/model.h"

namespace deckpress::package {

// Which collection member the package holds: Anki's three package versions.
enum class Format {
  legacy1,  // collection.anki2, schema 11: Anki before 2.1, genanki, deckpress
  legacy2,  // collection.anki21, schema 11: Anki 2.1 up to 2.1.49, and "support older versions"
  latest,   // collection.anki21b, zstd, schema 18 with protobuf blobs: Anki 2.1.50 and later
};

struct Deck {
  int64_t id = 0;
  std::string name;         // levels joined by "::"
  std::string description;  // HTML (or Markdown when markdown_description)
  bool markdown_description = false;
  bool filtered = false;  // a filtered deck: cards visit it, notes never belong to it
};

struct Field {
  std::string name;
  std::optional<int64_t> id;  // Anki 23.10 and later give fields ids
  FieldSettings settings;     // the editor's, as the deck model keeps them
};

struct Template {
  std::string name;
  std::string front;  // Anki's qfmt
  std::string back;   // afmt
  std::string browser_front;
  std::string browser_back;
  std::string browser_font;
  int64_t browser_font_size = 0;
  int64_t deck_override = 0;  // the deck new cards of it go to; 0 for none
  std::optional<int64_t> id;
};

// Anki's StockNotetype.OriginalStockKind: what a note type was made from.
enum class StockKind : int64_t {
  unknown = 0,
  basic = 1,
  basic_and_reversed = 2,
  basic_optional_reversed = 3,
  basic_typing = 4,
  cloze = 5,
  image_occlusion = 6,
};

struct NoteType {
  int64_t id = 0;
  std::string name;
  bool is_cloze = false;
  std::vector<Field> fields;
  std::vector<Template> templates;
  std::string css;
  int sort_field = 0;  // index into fields
  int64_t mod = 0;     // seconds
  std::string latex_pre;
  std::string latex_post;
  bool latex_svg = false;
  StockKind original_stock_kind = StockKind::unknown;
  std::optional<int64_t> original_id;  // set by Anki on a copy it made while importing

  std::vector<std::string> field_names() const;
  std::vector<std::string> template_names() const;
};

struct Note {
  int64_t id = 0;
  std::string guid;
  int64_t note_type_id = 0;
  int64_t mod = 0;                  // seconds
  std::vector<std::string> fields;  // HTML, one per field of its note type
  std::vector<std::string> tags;
};

struct Card {
  int64_t id = 0;
  int64_t note_id = 0;
  int ord = 0;
  // The card's home deck: where it lives when no filtered deck borrows it.
  int64_t deck_id = 0;
};

struct Media {
  std::string member;    // the ZIP member holding it: "0", "1", ...
  std::string name;      // the file name notes use; always one plain path component
  bool present = false;  // the member exists in the archive
  uint64_t size = 0;     // bytes of the file, as the package states them
};

struct Package {
  Format format = Format::legacy1;
  std::string collection_member;  // collection.anki2, collection.anki21 or collection.anki21b
  int schema_version = 0;         // 11 or 18
  std::vector<Deck> decks;            // sorted by name
  std::vector<NoteType> note_types;   // by id
  std::vector<Note> notes;            // by id
  std::vector<Card> cards;            // by note, then ord
  std::vector<Media> media;           // by member number

  const NoteType* note_type(int64_t id) const;  // null when missing
};

}  // namespace deckpress::package
