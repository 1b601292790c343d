#include "package/anki_messages.h"

#include "package/protobuf.h"

namespace deckpress::package {

// Calls `on_field` for every field of `message`.
template <typename OnField>
void for_each_field(std::string_view message, OnField on_field) {
  ProtobufReader reader(message);
  while (const auto field = reader.next()) on_field(*field);
}

std::optional<int64_t> decode_package_version(std::string_view meta) {
  int64_t version = 0;
  for_each_field(meta, [&](const WireField& field) {
    if (field.number == 1) version = field.as_int();
  });
  if (version == 0) return std::nullopt;
  return version;
}

void decode_note_type_config(std::string_view config, NoteType& type) {
  type.is_cloze = false;
  type.sort_field = 0;
  for_each_field(config, [&](const WireField& field) {
    switch (field.number) {
      case 1: type.is_cloze = field.as_uint() == 1; break;
      case 2: type.sort_field = static_cast<int>(field.as_uint() & 0x7fffffff); break;
      case 3: type.css = field.as_bytes(); break;
      case 5: type.latex_pre = field.as_bytes(); break;
      case 6: type.latex_post = field.as_bytes(); break;
      case 7: type.latex_svg = field.as_bool(); break;
      case 9: type.original_stock_kind = static_cast<StockKind>(field.as_int()); break;
      case 10: type.original_id = field.as_int(); break;
    }
  });
}

// Starts from the message's defaults, not Anki's editor defaults: a field a
// message leaves out is zero or empty.
void decode_field_config(std::string_view config, Field& field) {
  FieldSettings& settings = field.settings;
  settings.font.clear();
  settings.font_size = 0;
  for_each_field(config, [&](const WireField& wire) {
    switch (wire.number) {
      case 1: settings.sticky = wire.as_bool(); break;
      case 2: settings.rtl = wire.as_bool(); break;
      case 3: settings.font = wire.as_bytes(); break;
      case 4: settings.font_size = static_cast<int>(wire.as_uint() & 0xffff); break;
      case 5: settings.description = wire.as_bytes(); break;
      case 6: settings.plain_text = wire.as_bool(); break;
      case 7: settings.collapsed = wire.as_bool(); break;
      case 8: settings.exclude_from_search = wire.as_bool(); break;
      case 9: field.id = wire.as_int(); break;
      case 10: settings.tag = static_cast<int64_t>(wire.as_uint() & 0xffffffff); break;
      case 11: settings.prevent_deletion = wire.as_bool(); break;
    }
  });
}

void decode_template_config(std::string_view config, Template& card) {
  for_each_field(config, [&](const WireField& field) {
    switch (field.number) {
      case 1: card.front = field.as_bytes(); break;
      case 2: card.back = field.as_bytes(); break;
      case 3: card.browser_front = field.as_bytes(); break;
      case 4: card.browser_back = field.as_bytes(); break;
      case 5: card.deck_override = field.as_int(); break;
      case 6: card.browser_font = field.as_bytes(); break;
      case 7: card.browser_font_size = static_cast<int64_t>(field.as_uint() & 0xffffffff); break;
      case 8: card.id = field.as_int(); break;
    }
  });
}

void decode_deck_kind(std::string_view kind, Deck& deck) {
  bool known = false;
  for_each_field(kind, [&](const WireField& field) {
    if (field.number == 2) {
      field.as_bytes();
      deck.filtered = known = true;
    } else if (field.number == 1) {
      known = true;
      deck.filtered = false;
      for_each_field(field.as_bytes(), [&](const WireField& normal) {
        if (normal.number == 4) deck.description = normal.as_bytes();
        if (normal.number == 5) deck.markdown_description = normal.as_bool();
      });
    }
  });
  // As Anki: a deck must be one kind or the other.
  if (!known) throw ProtobufError("the deck is neither a normal nor a filtered deck");
}

std::vector<MediaEntry> decode_media_entries(std::string_view entries) {
  std::vector<MediaEntry> decoded;
  for_each_field(entries, [&](const WireField& field) {
    if (field.number != 1) return;
    MediaEntry& entry = decoded.emplace_back();
    for_each_field(field.as_bytes(), [&](const WireField& part) {
      switch (part.number) {
        case 1: entry.name = part.as_bytes(); break;
        case 2: entry.size = part.as_uint() & 0xffffffff; break;
        case 3: entry.sha1 = part.as_bytes(); break;
        case 255: entry.legacy_zip_filename = part.as_uint() & 0xffffffff; break;
      }
    });
  });
  return decoded;
}

}  // namespace deckpress::package
