#include "deck/loader.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "deck/limits.h"
#include "deck/toml_util.h"

namespace deckpress {

namespace fs = std::filesystem;

namespace {

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// The byte offset where each line of `file` begins; lines are numbered from 1.
std::vector<size_t> line_offsets(std::string_view file) {
  std::vector<size_t> offsets = {0, 0};
  for (size_t i = 0; i < file.size(); ++i)
    if (file[i] == '\n') offsets.push_back(i + 1);
  return offsets;
}

// Where a string value's text begins: after its opening quotes, and after
// the newline that TOML trims right after """ or '''.
SourcePos text_start(std::string_view file, const std::vector<size_t>& lines, const SourcePos& value) {
  if (value.line < 1 || static_cast<size_t>(value.line) >= lines.size()) return value;
  size_t at = lines[value.line];
  for (int column = 1; column < value.column && at < file.size(); ++at)
    if (at + 1 == file.size() || !is_continuation(file[at + 1])) ++column;
  std::string_view rest = file.substr(std::min(at, file.size()));
  bool multiline = rest.starts_with("\"\"\"") || rest.starts_with("'''");
  if (multiline && (rest.substr(3).starts_with("\n") || rest.substr(3).starts_with("\r\n")))
    return {value.path, value.line + 1, 1};
  return {value.path, value.line, value.column + (multiline ? 3 : 1)};
}

bool valid_note_id(const std::string& id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '-' || c == '_' || c == '.';
  });
}

std::string tag_problem(const std::string& tag) {
  if (tag.empty()) return "a tag cannot be empty";
  for (unsigned char c : tag) {
    if (c == ' ') return fmt::format("tag '{}' contains a space; use '_' or '::'", tag);
    if (c < 0x20 || c == 0x7F) return fmt::format("tag '{}' contains a control character", tag);
  }
  if (tag.find("\u3000") != std::string::npos)
    return fmt::format("tag '{}' contains an ideographic space", tag);
  if (tag.starts_with("::") || tag.ends_with("::") || tag.find("::::") != std::string::npos)
    return fmt::format("tag '{}' has an empty level", tag);
  return "";
}

std::string deck_name_problem(const std::string& name) {
  if (name.empty()) return "the deck name cannot be empty";
  std::string_view rest = name;
  while (true) {
    size_t split = rest.find("::");
    std::string_view part = rest.substr(0, split);
    if (part.empty() || part.front() == ' ' || part.back() == ' ' || part.front() == ':' ||
        part.back() == ':')
      return fmt::format("deck name '{}' has an empty or badly spaced level", name);
    if (split == std::string_view::npos) break;
    rest = rest.substr(split + 2);
  }
  for (unsigned char c : name)
    if (c < 0x20) return "the deck name contains a control character";
  if (name == "Default") return "'Default' is Anki's own deck; choose another name";
  return "";
}

std::string print_value(const toml::node& node) {
  if (auto s = node.value<std::string>(); s && node.is_string()) return *s;
  if (node.is_boolean()) return *node.value<bool>() ? "true" : "false";
  if (node.is_integer()) return std::to_string(*node.value<int64_t>());
  if (node.is_floating_point()) return fmt::format("{}", *node.value<double>());
  if (const toml::array* array = node.as_array()) {
    std::string joined;
    for (const auto& item : *array) joined += (joined.empty() ? "" : ",") + print_value(item);
    return joined;
  }
  return "";
}

class DeckReader {
 public:
  DeckReader(std::string_view text, std::string path, NoteTypes& note_types,
             Diagnostics& diagnostics, const Limits& limits)
      : text_(text), line_offsets_(line_offsets(text)), path_(std::move(path)),
        note_types_(note_types), diagnostics_(diagnostics), limits_(limits) {}

  std::optional<Deck> read() {
    auto root = parse_toml(text_, path_, diagnostics_);
    if (!root) return std::nullopt;
    check_keys(*root, {"deck", "print", "note"}, "the deck file", path_, diagnostics_);
    Deck deck;
    deck.path = path_;
    deck.stem = fs::path(path_).stem().string();
    read_deck_table(*root, deck);
    read_print_table(*root, deck);
    read_notes(*root, deck);
    return deck;
  }

 private:
  void read_deck_table(const toml::table& root, Deck& deck) {
    const toml::node* node = root.get("deck");
    const toml::table* table = node ? node->as_table() : nullptr;
    if (!table) {
      diagnostics_.error({path_, 1, 1}, "missing [deck] table with the deck's name");
      return;
    }
    deck.pos = pos_of(*node, path_);
    check_keys(*table, {"name", "description", "tags", "note_type", "format", "allow_html"},
               "[deck]", path_, diagnostics_);
    auto name = get_string(*table, "name", path_, diagnostics_);
    if (!name && !table->get("name"))
      diagnostics_.error(deck.pos, "missing deck name: add name = \"...\" to [deck]");
    if (name) {
      if (auto problem = deck_name_problem(*name); !problem.empty())
        diagnostics_.error(pos_of(*table->get("name"), path_), problem);
      deck.name = *name;
    }
    deck.description = get_string(*table, "description", path_, diagnostics_).value_or("");
    deck.tags = read_tags(*table);
    default_type_ = get_string(*table, "note_type", path_, diagnostics_).value_or("basic");
    default_type_node_ = table->get("note_type");
    deck.allow_html = get_bool(*table, "allow_html", path_, diagnostics_).value_or(false);
    if (auto format = get_string(*table, "format", path_, diagnostics_)) {
      if (*format == "html") deck.format = TextFormat::html;
      else if (*format != "markdown")
        diagnostics_.error(pos_of(*table->get("format"), path_),
                           fmt::format("format must be \"markdown\" or \"html\", not \"{}\"", *format));
    }
  }

  void read_print_table(const toml::table& root, Deck& deck) {
    const toml::node* node = root.get("print");
    if (!node) return;
    const toml::table* table = node->as_table();
    if (!table) {
      diagnostics_.error(pos_of(*node, path_), "'print' must be a table");
      return;
    }
    for (const auto& [key, value] : *table)
      deck.print[std::string(key.str())] = {print_value(value), pos_of(value, path_)};
  }

  std::vector<std::string> read_tags(const toml::table& table) {
    auto tags = get_strings(table, "tags", path_, diagnostics_).value_or(std::vector<std::string>{});
    for (const auto& tag : tags)
      if (auto problem = tag_problem(tag); !problem.empty())
        diagnostics_.error(pos_of(*table.get("tags"), path_), problem);
    return tags;
  }

  void read_notes(const toml::table& root, Deck& deck) {
    const toml::node* node = root.get("note");
    if (!node) {
      diagnostics_.warning(deck.pos.line ? deck.pos : SourcePos{path_, 1, 1},
                           "the deck has no [[note]]");
      return;
    }
    const toml::array* notes = node->as_array();
    if (!notes) {
      diagnostics_.error(pos_of(*node, path_), "'note' must be written as [[note]] tables");
      return;
    }
    if (notes->size() > limits_.notes) {
      diagnostics_.error(pos_of((*notes)[limits_.notes], path_),
                         fmt::format("the deck has {} notes, more than the limit of {}",
                                     notes->size(), limits_.notes));
      return;
    }
    for (const auto& item : *notes) {
      if (const toml::table* table = item.as_table()) read_note(*table, deck);
      else diagnostics_.error(pos_of(item, path_), "each note must be a [[note]] table");
    }
  }

  const NoteType* note_type_of(const toml::table& table) {
    auto key = get_string(table, "type", path_, diagnostics_);
    const toml::node* where = key ? table.get("type") : default_type_node_;
    std::string name = key.value_or(default_type_);
    const NoteType* type = note_types_.find(name, diagnostics_);
    if (!type && (key || !where || !reported_default_)) {
      if (!key && where) reported_default_ = true;
      diagnostics_.error(where ? pos_of(*where, path_) : pos_of(table, path_),
                         fmt::format("unknown note type '{}'{}", name,
                                     suggestion(name, note_types_.known_keys())));
    }
    return type;
  }

  void read_note(const toml::table& table, Deck& deck) {
    Note note;
    note.pos = pos_of(table, path_);
    note.type = note_type_of(table);
    if (auto id = get_string(table, "id", path_, diagnostics_)) {
      if (!valid_note_id(*id))
        diagnostics_.error(pos_of(*table.get("id"), path_),
                           fmt::format("note id '{}' may use only letters, digits, '-', '_' and '.'", *id));
      note.id = *id;
    }
    note.tags = deck.tags;
    for (auto& tag : read_tags(table))
      if (std::find(note.tags.begin(), note.tags.end(), tag) == note.tags.end())
        note.tags.push_back(std::move(tag));
    if (note.type) read_fields(table, note);
    deck.notes.push_back(std::move(note));
  }

  void read_fields(const toml::table& table, Note& note) {
    const NoteType& type = *note.type;
    std::vector<std::string> allowed = {"id", "type", "tags"};
    allowed.insert(allowed.end(), type.field_keys.begin(), type.field_keys.end());
    check_keys(table, allowed, fmt::format("a '{}' note", type.key), path_, diagnostics_);
    for (size_t i = 0; i < type.fields.size(); ++i)
      note.fields.push_back(read_field(table, type.field_keys[i], type.field_required[i], note));
  }

  Field read_field(const toml::table& table, const std::string& key, bool required, const Note& note) {
    Field field{"", note.pos};
    auto text = get_string(table, key, path_, diagnostics_);
    if (text && text->size() > limits_.field_bytes) {
      diagnostics_.error(pos_of(*table.get(key), path_),
                         fmt::format("field '{}' is too large: {} bytes, more than the limit of {}",
                                     key, text->size(), describe_limit(limits_.field_bytes)));
      return field;
    }
    if (text) {
      field.text = std::move(*text);
      field.pos = text_start(text_, line_offsets_, pos_of(*table.get(key), path_));
    }
    if (required && is_blank(field.text) && !has_wrong_type(table, key)) {
      const toml::node* value = table.get(key);
      diagnostics_.error(value ? pos_of(*value, path_) : note.pos,
                         value ? fmt::format("field '{}' is empty", key)
                               : fmt::format("missing field '{}' of a '{}' note", key, note.type->key));
    }
    return field;
  }

  static bool is_blank(const std::string& text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
  }

  static bool has_wrong_type(const toml::table& table, const std::string& key) {
    const toml::node* node = table.get(key);
    return node && !node->is_string();
  }

  std::string_view text_;
  std::vector<size_t> line_offsets_;
  std::string path_;
  NoteTypes& note_types_;
  Diagnostics& diagnostics_;
  const Limits& limits_;
  std::string default_type_ = "basic";
  const toml::node* default_type_node_ = nullptr;
  bool reported_default_ = false;
};

}  // namespace

std::optional<Deck> load_deck_text(std::string_view text, const std::string& path,
                                   NoteTypes& note_types, Diagnostics& diagnostics,
                                   const Limits& limits) {
  return DeckReader(text, path, note_types, diagnostics, limits).read();
}

std::optional<Deck> load_deck_file(const fs::path& path, NoteTypes& note_types,
                                   Diagnostics& diagnostics, const Limits& limits) {
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
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diagnostics.error(whole_file, "cannot read the deck file");
    return std::nullopt;
  }
  std::ostringstream text;
  text << in.rdbuf();
  return load_deck_text(text.str(), path.generic_string(), note_types, diagnostics, limits);
}

SourcePos position_in(const Field& field, size_t offset) {
  SourcePos pos = field.pos;
  std::string_view before = std::string_view(field.text).substr(0, offset);
  for (size_t i = 0; i < before.size(); ++i) {
    if (before[i] == '\n') {
      ++pos.line;
      pos.column = 1;
    } else if (!is_continuation(before[i])) {
      ++pos.column;
    }
  }
  return pos;
}

}  // namespace deckpress
