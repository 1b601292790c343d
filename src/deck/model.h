#pragma once
// The deck model: what a deck file says, after loading and validation, with
// no trace of TOML. Every writer (Anki package, PDF sheet, preview) reads this.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "deck/source.h"

namespace deckpress {

struct Template {
  std::string name;
  std::string front;  // Anki's qfmt
  std::string back;   // Anki's afmt
  std::string key;    // stable key its id derives from; empty: the id derives from the name
  std::string front_path, back_path;  // the files, as diagnostics name them; empty when made in code
};

struct NoteType {
  std::string key;   // how deck files name it: "basic", "cloze", or a custom folder name
  std::string name;  // the name Anki shows, never one of Anki's stock names
  bool is_cloze = false;
  std::vector<std::string> fields;      // Anki's field names, in order
  std::vector<std::string> field_keys;  // the keys deck files use for them, same order
  std::vector<bool> field_required;     // a note may not leave these empty, same order
  std::vector<Template> templates;
  std::string css;
  int sort_field = 0;
  std::string source;  // the folder it came from, or "built-in"
  // Packaged as written: problems the template checks find are one warning
  // instead of errors (note types read from Anki packages).
  bool verbatim = false;
};

enum class TextFormat { markdown, html };

struct Field {
  std::string text;  // as written: Markdown, or HTML when the deck's format is html
  SourcePos pos;     // where the value starts in the deck file
};

struct Note {
  std::string id;                 // the author's stable key; may be empty
  const NoteType* type = nullptr;
  std::vector<Field> fields;      // one per field of the note type, in its order;
                                  // released once compiled (build/compiled.h)
  std::vector<std::string> tags;  // the deck's tags, then the note's own
  SourcePos pos;                  // the [[note]] header
};

// The deck's [print] table; every key optional. The print writer interprets
// and validates the values and reports problems at the given positions.
struct PrintSetting {
  std::string value;  // numbers and booleans kept as written, e.g. "4", "true"
  SourcePos pos;
};
using PrintSettings = std::map<std::string, PrintSetting>;

// Anki's own deck, in every collection: a deck file of this name fills it.
inline constexpr std::string_view kDefaultDeck = "Default";

struct Deck {
  std::string name;         // "A::B" for subdecks
  std::string description;  // Markdown
  std::vector<std::string> tags;
  TextFormat format = TextFormat::markdown;
  bool allow_html = false;  // raw HTML in Markdown passes through
  std::string path;         // the deck file
  std::string stem;         // file name without .toml: names the outputs
  std::vector<Note> notes;
  PrintSettings print;
  SourcePos pos;  // the [deck] table
};

}  // namespace deckpress
