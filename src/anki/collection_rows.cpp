#include "anki/collection_rows.h"

#include <algorithm>

#include "anki/ids.h"
#include "text/html.h"

namespace deckpress::anki {
namespace {

constexpr char field_separator = '\x1f';

std::string join_fields(const std::vector<std::string_view>& fields) {
  std::string joined;
  for (const std::string_view& field : fields) {
    if (&field != &fields.front()) joined += field_separator;
    joined += field;
  }
  return joined;
}

template <typename Row>
void sort_by_id(std::vector<Row>& rows) {
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.id < b.id; });
}

// Anki's tag column: space-separated with a space at both ends; repeats dropped.
std::string anki_tags(const std::vector<std::string_view>& tags) {
  std::vector<std::string_view> written;
  std::string column;
  for (std::string_view tag : tags) {
    if (std::find(written.begin(), written.end(), tag) != written.end()) continue;
    written.push_back(tag);
    column += ' ';
    column += tag;
  }
  return column.empty() ? column : column + ' ';
}

}  // namespace

NoteRow note_row(const PackageNote& note) {
  std::string_view sort_source = note.fields_html.at(note.type->sort_field);
  return {.id = note.id,
          .guid = note.guid,
          .model_id = note_type_id(*note.type),
          .mod = note.mod,
          .tags = anki_tags(note.tags),
          .fields = join_fields(note.fields_html),
          .sort_field = text::strip_html_for_sort(sort_source),
          .checksum = field_checksum(text::strip_html_for_sort(note.fields_html.at(0)))};
}

std::vector<size_t> notes_in_id_order(const PackageInput& input) {
  std::vector<size_t> order(input.notes.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return input.notes[a].id < input.notes[b].id; });
  return order;
}

// Card ids start from their note's id minus the ord and move down on collision.
std::vector<CardRow> card_rows(const PackageInput& input) {
  std::vector<CardRow> rows;
  std::vector<int64_t> wanted_ids;
  std::string_view deck_name;  // notes come deck by deck: each deck's id is made once
  int64_t deck = 0;
  for (size_t position = 0; position < input.notes.size(); ++position) {
    const PackageNote& note = input.notes[position];
    if (position == 0 || note.deck_name != deck_name) deck = deck_id(deck_name = note.deck_name);
    for (int ord : note.card_ords) {
      rows.push_back({.note_id = note.id,
                      .deck_id = deck,
                      .ord = ord,
                      .mod = note.mod,
                      .due = static_cast<int64_t>(position) + 1});
      wanted_ids.push_back(note.id - ord);
    }
  }
  const std::vector<int64_t> ids = unique_ids(wanted_ids);
  for (size_t i = 0; i < rows.size(); ++i) rows[i].id = ids[i];
  sort_by_id(rows);
  return rows;
}

}  // namespace deckpress::anki
