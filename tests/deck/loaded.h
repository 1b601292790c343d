#pragma once
// A deck file's text loaded as `deckpress check` loads it, with its problems
// as "line:col: message" for exact comparisons.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "deck/loader.h"

namespace deckpress::testing {

struct Loaded {
  std::optional<Deck> deck;
  Diagnostics diagnostics;
  NoteTypes note_types{{}};

  explicit Loaded(std::string_view text) { deck = load_deck_text(text, "deck.toml", note_types, diagnostics); }

  std::vector<std::string> problems() const {
    std::vector<std::string> out;
    for (const auto& d : diagnostics.all())
      out.push_back(std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column) + ": " + d.message);
    return out;
  }
};

using Problems = std::vector<std::string>;

}  // namespace deckpress::testing
