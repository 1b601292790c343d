#pragma once
// A field's or a description's text in a deck file: a string, written in the
// deck's format, or a table with one key that says the format of its own
// string, `front.html = "<b>x</b>"` or `front.markdown = "**x**"`. Imported
// decks keep the HTML Anki had where Markdown could not give it back exactly.
#include <optional>
#include <string>
#include <string_view>

#include <toml++/toml.h>

#include "deck/model.h"
#include "deck/toml_util.h"

namespace deckpress {

struct TextValue {
  std::string text;
  const toml::node* node = nullptr;  // the string, for positions
  std::optional<TextFormat> format;  // set by the table form
};

// The text at `key`; nothing when it is absent, or of another shape, which
// is reported at the value.
std::optional<TextValue> get_text(const toml::table& table, std::string_view key,
                                  const TomlOrigin& origin, Diagnostics& diagnostics);

}  // namespace deckpress
