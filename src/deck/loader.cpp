#include "deck/loader.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <unordered_set>

#include <fmt/format.h>

#include "deck/escapes.h"
#include "deck/file_bytes.h"
#include "deck/limits.h"
#include "deck/name_rules.h"
#include "deck/names.h"
#include "deck/note_type_names.h"
#include "deck/pieces.h"
#include "deck/print_table.h"
#include "deck/subdecks.h"
#include "deck/text_value.h"
#include "deck/toml_util.h"
#include "support/parallel.h"

namespace deckpress {

namespace fs = std::filesystem;

namespace {

// Reads a parsed deck file, or the pieces of one in order, into a Deck.
class DeckReader {
 public:
  DeckReader(const std::string& path, NoteTypes& note_types, const Limits& limits)
      : origin_(path),
        limits_(limits),
        subdecks_(deck_, origin_, diagnostics_, [this](const SourcePos& value) { return text_position(value); }),
        names_(note_types, diagnostics_) {
    deck_.path = path;
    deck_.stem = fs::path(path).stem().string();
  }

  // Reads the first piece (or the whole file): the [deck] and [print] tables
  // and its notes.
  void read_first(const toml::table& root, std::string_view text) {
    start_piece({text, 1});
    check_keys(root, {"deck", "subdeck", "print", "note"}, "the deck file", origin_, diagnostics_);
    read_deck_table(root);
    subdecks_.read_tables(root);
    deck_.print = read_print_table(root, origin_, diagnostics_);
    read_notes(root);
  }

  // Reads a later piece, which holds only [[note]] tables.
  void read_more(const toml::table& root, const TextPiece& piece) {
    start_piece(piece);
    read_notes(root);
  }

  // Room for about `count` notes at once: a list that grows piece by piece
  // is moved at each step, and held twice while it moves.
  void expect_notes(size_t count) { deck_.notes.reserve(count); }

  // The deck, once every piece was read; its problems go to `diagnostics`.
  Deck finish(Diagnostics& diagnostics) {
    if (!saw_notes_)
      diagnostics_.warning(deck_.pos.line ? deck_.pos : SourcePos{deck_.path, 1, 1}, "the deck has no [[note]]");
    diagnostics.append(diagnostics_);
    deck_.notes.shrink_to_fit();  // when the notes were fewer than expected
    return std::move(deck_);
  }

  // Problems found in other files (a note type's). NoteTypes reports them
  // only on first use, so they are kept even when this reading is dropped.
  void keep_problems_elsewhere(Diagnostics& diagnostics) const {
    for (const auto& problem : diagnostics_.all())
      if (problem.pos.path != deck_.path) diagnostics.add(problem);
  }

  // Notes in the [[note]] arrays read so far, beyond the limit or not.
  size_t notes_seen() const { return notes_seen_; }

 private:
  void start_piece(const TextPiece& piece) {
    text_ = piece.text;
    line_offsets_ = line_offsets(piece.text);
    origin_.first_line = piece.first_line;
  }

  void read_deck_table(const toml::table& root) {
    const toml::node* node = root.get("deck");
    const toml::table* table = node ? node->as_table() : nullptr;
    if (!table) {
      diagnostics_.error({deck_.path, 1, 1}, "missing [deck] table with the deck's name");
      return;
    }
    deck_.pos = pos_of(*node, origin_);
    check_keys(*table, {"name", "description", "tags", "note_type", "note_types", "format", "allow_html", "media_folder"},
               "[deck]", origin_, diagnostics_);
    auto name = get_string(*table, "name", origin_, diagnostics_);
    if (!name && !table->get("name"))
      diagnostics_.error(deck_.pos, "missing deck name: add name = \"...\" to [deck]");
    if (name) {
      if (auto problem = deck_name_problem(*name); !problem.empty())
        diagnostics_.error(pos_of(*table->get("name"), origin_), problem);
      deck_.name = *name;
    }
    read_format(*table);
    if (auto description = get_text(*table, "description", origin_, diagnostics_)) {
      deck_.description = std::move(description->text);
      deck_.description_format = description->format;
      SourcePos value = pos_of(*description->node, origin_);
      deck_.description_pos = text_position(value);
      check_written_string(written(value), value, deck_.description,
                           description->format.value_or(deck_.format), diagnostics_);
    }
    read_media_folder(*table);
    if (deck_.name == kDefaultDeck && !deck_.description.empty())
      diagnostics_.error(pos_of(*table->get("description"), origin_),
                         "Anki keeps the description of its Default deck as the user wrote it; "
                         "remove 'description' or give the deck a name of its own");
    deck_.tags = read_tags(*table);
    default_type_ = get_string(*table, "note_type", origin_, diagnostics_).value_or("basic");
    if (const toml::node* where = table->get("note_type")) default_type_pos_ = pos_of(*where, origin_);
    deck_.note_types = names_.read_carried(*table, origin_);
    deck_.allow_html = get_bool(*table, "allow_html", origin_, diagnostics_).value_or(false);
  }

  void read_format(const toml::table& table) {
    if (auto format = get_string(table, "format", origin_, diagnostics_)) {
      if (*format == "html") deck_.format = TextFormat::html;
      else if (*format != "markdown")
        diagnostics_.error(pos_of(*table.get("format"), origin_),
                           fmt::format("format must be \"markdown\" or \"html\", not \"{}\"", *format));
    }
  }

  void read_media_folder(const toml::table& table) {
    auto folder = get_string(table, "media_folder", origin_, diagnostics_);
    if (!folder) return;
    const fs::path path = fs::path(*folder).lexically_normal();
    std::string normal = path.generic_string();
    while (normal.ends_with('/')) normal.pop_back();
    if (normal.empty() || normal == "." || path.is_absolute() || normal.starts_with(".."))
      diagnostics_.error(pos_of(*table.get("media_folder"), origin_),
                         fmt::format("media_folder '{}' must be a folder inside the deck file's folder", *folder));
    else
      deck_.media_folder = normal;
  }

  std::vector<std::string> read_tags(const toml::table& table) {
    auto tags = get_strings(table, "tags", origin_, diagnostics_).value_or(std::vector<std::string>{});
    for (const auto& tag : tags)
      if (auto problem = tag_problem(tag); !problem.empty())
        diagnostics_.error(pos_of(*table.get("tags"), origin_), problem);
    return tags;
  }

  void read_notes(const toml::table& root) {
    const toml::node* node = root.get("note");
    if (!node) return;
    saw_notes_ = true;
    const toml::array* notes = node->as_array();
    if (!notes) {
      diagnostics_.error(pos_of(*node, origin_), "'note' must be written as [[note]] tables");
      return;
    }
    notes_seen_ += notes->size();
    if (notes->size() > limits_.notes) {
      diagnostics_.error(pos_of((*notes)[limits_.notes], origin_),
                         fmt::format("the deck has {} notes, more than the limit of {}",
                                     notes->size(), limits_.notes));
      return;
    }
    for (const auto& item : *notes) {
      if (const toml::table* table = item.as_table()) read_note(*table);
      else diagnostics_.error(pos_of(item, origin_), "each note must be a [[note]] table");
    }
  }

  // A note without `type` has the deck's default; an unknown default named
  // in [deck] is reported there once, the implicit "basic" at each note.
  const NoteType* note_type_of(const toml::table& table) {
    auto key = get_string(table, "type", origin_, diagnostics_);
    if (key) return names_.find(*key, pos_of(*table.get("type"), origin_));
    if (!default_type_pos_) return names_.find(default_type_, pos_of(table, origin_));
    const NoteType* type = names_.find(default_type_, *default_type_pos_, !reported_default_);
    reported_default_ |= type == nullptr;
    return type;
  }

  void read_note(const toml::table& table) {
    Note note;
    note.pos = pos_of(table, origin_);
    note.type = note_type_of(table);
    if (auto id = get_string(table, "id", origin_, diagnostics_)) {
      if (!valid_note_id(*id))
        diagnostics_.error(pos_of(*table.get("id"), origin_),
                           fmt::format("note id '{}' may use only letters, digits, '-', '_' and '.'", *id));
      note.id = *id;
    }
    read_guid(table, note);
    note.subdeck = subdecks_.subdeck_of(table);
    note.tags = deck_.tags;
    for (auto& tag : read_tags(table))
      if (std::find(note.tags.begin(), note.tags.end(), tag) == note.tags.end())
        note.tags.push_back(std::move(tag));
    if (note.type) read_fields(table, note);
    deck_.notes.push_back(std::move(note));
  }

  // An explicit guid is the note's identity in Anki, as `import` keeps it.
  void read_guid(const toml::table& table, Note& note) {
    auto guid = get_string(table, "guid", origin_, diagnostics_);
    if (!guid) return;
    const SourcePos at = pos_of(*table.get("guid"), origin_);
    if (auto problem = guid_problem(*guid); !problem.empty()) diagnostics_.error(at, problem);
    else if (!guids_.insert(*guid).second)
      diagnostics_.error(at, fmt::format("guid '{}' is used by another note of this deck", *guid));
    note.guid = std::move(*guid);
  }

  // The keys a note of `type` may have, and how problems name such a note;
  // made once per note type rather than once per note.
  struct NoteKeys {
    std::vector<std::string> allowed;
    std::string where;
  };

  const NoteKeys& keys_of(const NoteType& type) {
    auto [found, added] = note_keys_.try_emplace(&type);
    if (added) {
      found->second.allowed = note_keys;
      found->second.allowed.insert(found->second.allowed.end(), type.field_keys.begin(), type.field_keys.end());
      found->second.where = fmt::format("a '{}' note", type.key);
    }
    return found->second;
  }

  void read_fields(const toml::table& table, Note& note) {
    const NoteType& type = *note.type;
    const NoteKeys& keys = keys_of(type);
    check_keys(table, keys.allowed, keys.where, origin_, diagnostics_);
    note.fields.reserve(type.fields.size());
    for (size_t i = 0; i < type.fields.size(); ++i)
      note.fields.push_back(read_field(table, type.field_keys[i], type.field_required[i], note));
  }

  Field read_field(const toml::table& table, const std::string& key, bool required, const Note& note) {
    Field field{"", note.pos, std::nullopt};
    auto text = get_text(table, key, origin_, diagnostics_);
    if (text && text->text.size() > limits_.field_bytes) {
      diagnostics_.error(pos_of(*table.get(key), origin_),
                         fmt::format("field '{}' is too large: {} bytes, more than the limit of {}",
                                     key, text->text.size(), describe_limit(limits_.field_bytes)));
      return field;
    }
    if (text) {
      field.text = std::move(text->text);
      field.format = text->format;
      SourcePos value = pos_of(*text->node, origin_);
      field.pos = text_position(value);
      check_written_string(written(value), value, field.text, field.format.value_or(deck_.format), diagnostics_);
    }
    if (required && is_blank(field.text) && (text || !table.contains(key))) {
      const toml::node* value = table.get(key);
      diagnostics_.error(value ? pos_of(*value, origin_) : note.pos,
                         value ? fmt::format("field '{}' is empty", key)
                               : fmt::format("missing field '{}' of a '{}' note", key, note.type->key));
    }
    return field;
  }

  // The file's text from `pos` on, in the piece being read.
  std::string_view written(const SourcePos& pos) const {
    size_t at = byte_at(text_, line_offsets_, origin_.first_line, pos);
    return at == std::string_view::npos ? std::string_view() : text_.substr(at);
  }

  // Where the text of the string value at `value` starts, so that offsets
  // into the text give positions in the file.
  SourcePos text_position(const SourcePos& value) const {
    std::string_view raw = written(value);
    return raw.empty() ? value : text_start(raw, value);
  }

  static bool is_blank(const std::string& text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
  }

  TomlOrigin origin_;  // the file, and the line where the piece being read begins
  const Limits& limits_;
  Deck deck_;
  Diagnostics diagnostics_;  // this deck's problems, in file order
  std::string_view text_;    // the piece being read
  std::vector<size_t> line_offsets_;
  std::string default_type_ = "basic";
  std::optional<SourcePos> default_type_pos_;
  bool reported_default_ = false;
  bool saw_notes_ = false;
  size_t notes_seen_ = 0;
  std::map<const NoteType*, NoteKeys> note_keys_;
  SubdeckReader subdecks_;
  NoteTypeNames names_;
  std::unordered_set<std::string> guids_;
};

// The whole file at once: what a deck file means, and the fallback of the
// reading in pieces.
std::optional<Deck> read_whole(std::string_view text, const std::string& path, NoteTypes& note_types,
                               Diagnostics& diagnostics, const Limits& limits) {
  auto root = parse_toml(text, path, diagnostics);
  if (!root) return std::nullopt;
  DeckReader reader(path, note_types, limits);
  reader.read_first(*root, text);
  return reader.finish(diagnostics);
}

// True when the first piece's notes, if any, come from [[note]] headers, so
// the later pieces' [[note]] tables extend them as they would in the whole
// file. An inline `note = [...]` cannot be extended: the whole file is an error.
bool notes_from_headers(const toml::table& root, std::string_view text) {
  const toml::node* notes = root.get("note");
  if (!notes) return true;
  if (!notes->is_array_of_tables()) return false;
  const auto& begin = notes->source().begin;
  size_t line_start = line_offsets(text)[begin.line];
  std::string_view before = text.substr(line_start, begin.column - 1);
  return before.find_first_not_of(" \t") == std::string_view::npos;
}

// Parses the pieces in parallel and reads them in order, each parsed piece
// dropped once read. Nothing when the pieces might not mean what the whole
// file means: a piece that does not parse alone, a later piece with more than
// notes, or more notes than the limit (the whole file then reports it).
std::optional<Deck> read_in_pieces(const std::vector<TextPiece>& pieces, const std::string& path,
                                   NoteTypes& note_types, Diagnostics& diagnostics, const Limits& limits) {
  DeckReader reader(path, note_types, limits);
  size_t headers = 0;
  for (const auto& piece : pieces) headers += piece.note_headers;
  reader.expect_notes(std::min(headers, limits.notes));
  std::atomic<bool> same_meaning = true;
  auto parse = [&](size_t i) -> std::optional<toml::table> {
    Diagnostics ignored;  // the whole file is parsed again to report them
    if (!same_meaning) return std::nullopt;
    return parse_toml(pieces[i].text, path, ignored);
  };
  auto read = [&](size_t i, const std::optional<toml::table>& root) {
    if (!root || !same_meaning) {
      same_meaning = false;
    } else if (i == 0) {
      same_meaning = notes_from_headers(*root, pieces[0].text);
      if (same_meaning) reader.read_first(*root, pieces[0].text);
    } else {
      same_meaning = root->size() == 1 && root->contains("note");
      if (same_meaning) reader.read_more(*root, pieces[i]);
    }
    if (reader.notes_seen() > limits.notes) same_meaning = false;
  };
  parallel_in_order(pieces.size(), core_count(), parse, read);
  if (same_meaning) return reader.finish(diagnostics);
  reader.keep_problems_elsewhere(diagnostics);
  return std::nullopt;
}

}  // namespace

std::optional<Deck> load_deck_text(std::string_view text, const std::string& path,
                                   NoteTypes& note_types, Diagnostics& diagnostics,
                                   const Limits& limits) {
  auto pieces = split_at_notes(text, limits.piece_bytes);
  if (pieces.size() > 1)
    if (auto deck = read_in_pieces(pieces, path, note_types, diagnostics, limits)) return deck;
  return read_whole(text, path, note_types, diagnostics, limits);
}

std::optional<std::string> read_deck_file(const fs::path& path, Diagnostics& diagnostics, const Limits& limits) {
  SourcePos whole_file{path.generic_string(), 0, 0};
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    diagnostics.error(whole_file, "this is a folder, not a deck file");
    return std::nullopt;
  }
  // Checked before reading so a huge file is never loaded into memory.
  if (auto size = fs::file_size(path, ec); !ec && size > limits.deck_file_bytes) {
    diagnostics.error(whole_file, fmt::format("the deck file is too large: {} bytes, more than the limit of {}",
                                              size, describe_limit(limits.deck_file_bytes)));
    return std::nullopt;
  }
  auto text = read_file_bytes(path);
  if (!text) diagnostics.error(whole_file, "cannot read the deck file");
  return text;
}

std::optional<Deck> load_deck_file(const fs::path& path, NoteTypes& note_types,
                                   Diagnostics& diagnostics, const Limits& limits) {
  auto text = read_deck_file(path, diagnostics, limits);
  if (!text) return std::nullopt;
  return load_deck_text(*text, path.generic_string(), note_types, diagnostics, limits);
}

SourcePos position_in(const Field& field, size_t offset) {
  return advanced(field.pos, std::string_view(field.text).substr(0, offset));
}

}  // namespace deckpress
