#pragma once
// The deck model: what a deck file says, after loading and validation, with
// no trace of TOML. Every writer (Anki package, PDF sheet, preview) reads this.
#include <cstdint>
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
  // An explicit Anki template id (notetype.toml's `id`, which `import` writes
  // to keep Anki's); 0 writes none, as Anki before 23.10 had. Unset: derived.
  std::optional<int64_t> id;
  // How Anki's browser shows the card; empty: as the card itself.
  std::string browser_front;
  std::string browser_back;
  std::string browser_font;
  int browser_font_size = 0;
};

// A field's settings in Anki's editor. Imported note types keep Anki's
// values, so a rebuilt package gives them back unchanged.
struct FieldSettings {
  std::string font = "Arial";
  int font_size = 20;
  bool rtl = false;
  bool sticky = false;
  bool plain_text = false;
  bool collapsed = false;
  bool exclude_from_search = false;
  std::string description;  // the editor's placeholder
  std::optional<int64_t> tag;  // image occlusion finds its fields by it
  bool prevent_deletion = false;
};

// Anki's stock LaTeX header and footer, which note types get unless they say otherwise.
inline constexpr const char* stock_latex_pre =
    "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n"
    "\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n"
    "\\setlength{\\parindent}{0in}\n\\begin{document}\n";
inline constexpr const char* stock_latex_post = "\\end{document}";

// What Anki keeps with a note type beyond its fields and templates.
struct NoteTypeSettings {
  std::optional<std::string> latex_pre;   // unset: Anki's stock header
  std::optional<std::string> latex_post;  // unset: Anki's stock footer
  bool latex_svg = false;
  int64_t original_stock_kind = 0;  // Anki's stock kind it was made from; 6 is image occlusion
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
  // An explicit Anki note type id (notetype.toml's `id`); unset: derived from the name.
  std::optional<int64_t> id;
  // Explicit field ids, same order as fields (empty when none is given);
  // 0 writes none. Unset: derived.
  std::vector<std::optional<int64_t>> field_ids;
  std::vector<FieldSettings> field_settings;  // same order as fields, or empty for Anki's defaults
  NoteTypeSettings settings;
  // Templates packaged exactly as written, whatever deckpress can check or
  // render in them: imported note types it cannot express (image occlusion,
  // unknown filters, scripts). Problems the template checks find are one
  // warning instead of errors.
  bool verbatim = false;
};

enum class TextFormat { markdown, html };

struct Field {
  std::string text;  // as written: Markdown, or HTML when the deck's format is html
  SourcePos pos;     // where the value starts in the deck file
  // Set when the value says its own format (`key.html = "..."`), whatever the deck's.
  std::optional<TextFormat> format;
};

// The keys a [[note]] table uses for the note itself; no field may have one.
inline const std::vector<std::string> note_keys = {"id", "guid", "type", "subdeck", "tags"};

struct Note {
  std::string id;                 // the author's stable key; may be empty
  std::string guid;               // Anki's key, when given explicitly (imported notes); used as is
  int subdeck = -1;               // index into the deck's subdecks; -1: the deck itself
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

// A deck below the deck file's own, named relative to it in the file.
struct Subdeck {
  std::string name;  // the full name, "Deck::Sub"
  std::string description;
  std::optional<TextFormat> description_format;  // unset: the deck's format
  SourcePos description_pos;  // where the description's text starts
  SourcePos pos;
};

// A note type [deck]'s `note_types` names: the deck's package carries it
// whether or not a note uses it, as Anki's exports carry unused ones.
struct CarriedNoteType {
  const NoteType* type = nullptr;
  SourcePos pos;  // its name in the list
};

// Anki's own deck, in every collection: a deck file of this name fills it.
inline constexpr std::string_view kDefaultDeck = "Default";

struct Deck {
  std::string name;         // "A::B" for subdecks
  std::string description;  // Markdown
  std::optional<TextFormat> description_format;  // unset: the deck's format
  SourcePos description_pos;  // where the description's text starts
  std::vector<std::string> tags;
  TextFormat format = TextFormat::markdown;
  bool allow_html = false;  // raw HTML in Markdown passes through
  // Set: fields name media by bare file names found in this folder (relative
  // to the deck file), packaged under those names, as in Anki's own folder.
  std::string media_folder;
  std::vector<Subdeck> subdecks;
  std::vector<CarriedNoteType> note_types;  // [deck]'s `note_types`, each once
  std::string path;         // the deck file
  std::string stem;         // file name without .toml: names the outputs
  std::vector<Note> notes;
  PrintSettings print;
  SourcePos pos;  // the [deck] table

  // The deck a note's cards go to.
  const std::string& deck_of(const Note& note) const {
    return note.subdeck < 0 ? name : subdecks[static_cast<size_t>(note.subdeck)].name;
  }
};

}  // namespace deckpress
