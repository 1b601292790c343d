#include <fmt/format.h>

#include "anki/diff.h"
#include "text/html.h"

namespace deckpress::anki {
namespace {

constexpr size_t excerpt_length = 60;  // code points: a field fits on one terminal line

// Runs of whitespace, newlines included, become one space.
std::string one_line(const std::string& text) {
  std::string line;
  bool pending_space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      pending_space = !line.empty();
      continue;
    }
    if (pending_space) line += ' ';
    pending_space = false;
    line += c;
  }
  return line;
}

// Cut at a UTF-8 code point boundary, never inside a character.
std::string truncated(const std::string& text, size_t max_code_points) {
  size_t code_points = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const bool starts_code_point = (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    if (starts_code_point && code_points++ == max_code_points) return text.substr(0, i) + "...";
  }
  return text;
}

// A field's text as a quoted line short enough to scan.
std::string excerpt(const std::string& html) {
  return fmt::format("\"{}\"", truncated(one_line(text::strip_html(html)), excerpt_length));
}

std::string summary(const PackageDiff& diff) {
  std::string line =
      fmt::format("{} note{} added, {} changed, {} removed; note types: ", diff.notes_added.size(),
                  diff.notes_added.size() == 1 ? "" : "s", diff.notes_changed.size(),
                  diff.notes_removed.size());
  std::string types;
  const auto count = [&types](size_t n, const char* what) {
    if (n) types += fmt::format("{}{} {}", types.empty() ? "" : ", ", n, what);
  };
  count(diff.note_types_added.size(), "added");
  count(diff.note_types_changed.size(), "changed");
  count(diff.note_types_removed.size(), "removed");
  return line + (types.empty() ? "unchanged" : types) + "\n";
}

// A note without cards has no deck.
std::string note_line(char mark, const NoteEntry& note) {
  const std::string deck = note.deck.empty() ? "" : note.deck + "  ";
  return fmt::format("  {} {}  {}{}\n", mark, note.guid, deck, excerpt(note.sort_field_html));
}

// A titled list, left out when empty.
template <typename Item, typename Lines>
std::string section(const char* title, const std::vector<Item>& items, Lines lines_of) {
  if (items.empty()) return "";
  std::string out = fmt::format("\n{} ({})\n", title, items.size());
  for (const Item& item : items) out += lines_of(item);
  return out;
}

std::string note_change_lines(const NoteChange& change) {
  std::string out = note_line('~', change.note);
  for (const FieldChange& field : change.fields) {
    out += fmt::format("      {}: {} -> {}\n", field.name, excerpt(field.old_html),
                       excerpt(field.new_html));
  }
  if (!change.tags_added.empty() || !change.tags_removed.empty()) {
    out += "      tags:";
    for (const std::string& tag : change.tags_added) out += " +" + tag;
    for (const std::string& tag : change.tags_removed) out += " -" + tag;
    out += "\n";
  }
  if (change.old_note_type)
    out += fmt::format("      note type: {} -> {}\n", *change.old_note_type, change.note.note_type);
  if (change.old_deck)
    out += fmt::format("      deck: {} -> {}\n", *change.old_deck, change.note.deck);
  return out;
}

std::string name_change_lines(const char* what, const NameChanges& changes) {
  std::string out;
  for (const std::string& name : changes.added)
    out += fmt::format("      {} added: {}\n", what, name);
  for (const std::string& name : changes.removed)
    out += fmt::format("      {} removed: {}\n", what, name);
  for (const Rename& rename : changes.renamed)
    out += fmt::format("      {} renamed: {} -> {}\n", what, rename.old_name, rename.new_name);
  return out;
}

std::string note_type_change_lines(const NoteTypeChange& change) {
  std::string out = fmt::format("  ~ {}\n", change.name);
  if (change.old_name) out += fmt::format("      renamed from: {}\n", *change.old_name);
  out += name_change_lines("field", change.fields);
  out += name_change_lines("template", change.templates);
  for (const TemplateChange& card : change.changed_templates) {
    const char* sides = card.front && card.back ? "front, back" : card.front ? "front" : "back";
    out += fmt::format("      template changed: {} ({})\n", card.name, sides);
  }
  if (change.css_changed) out += "      CSS changed\n";
  return out;
}

}  // namespace

std::string format_diff_text(const PackageDiff& diff) {
  if (diff.empty()) return "no changes\n";
  const auto added_type = [](const NoteTypeEntry& type) { return "  + " + type.name + "\n"; };
  const auto removed_type = [](const NoteTypeEntry& type) { return "  - " + type.name + "\n"; };
  std::string out = summary(diff);
  out += section("Notes added", diff.notes_added,
                 [](const NoteEntry& note) { return note_line('+', note); });
  out += section("Notes changed", diff.notes_changed, note_change_lines);
  out += section("Notes removed", diff.notes_removed,
                 [](const NoteEntry& note) { return note_line('-', note); });
  out += section("Note types added", diff.note_types_added, added_type);
  out += section("Note types changed", diff.note_types_changed, note_type_change_lines);
  out += section("Note types removed", diff.note_types_removed, removed_type);
  return out;
}

}  // namespace deckpress::anki
