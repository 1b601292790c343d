#pragma once
// Decks below a deck file's own: [[subdeck]] tables (a name relative to the
// deck's, and a description), and notes' `subdeck` keys. A note may name a
// subdeck no table describes; it is added as it is first named.
#include <functional>
#include <map>
#include <string>

#include <toml++/toml.h>

#include "deck/model.h"
#include "deck/toml_util.h"

namespace deckpress {

class SubdeckReader {
 public:
  // `origin` is the reader's, which moves on from piece to piece.
  // `text_position` gives where a string value's text starts (the deck
  // reader knows the file's text).
  using TextPosition = std::function<SourcePos(const SourcePos& value)>;
  SubdeckReader(Deck& deck, const TomlOrigin& origin, Diagnostics& diagnostics, TextPosition text_position)
      : deck_(deck), origin_(origin), diagnostics_(diagnostics), text_position_(std::move(text_position)) {}

  void read_tables(const toml::table& root);
  // The index in deck.subdecks of the subdeck `note` names, or -1.
  int subdeck_of(const toml::table& note);

 private:
  int add(const std::string& relative, const toml::node& where);

  Deck& deck_;
  const TomlOrigin& origin_;
  Diagnostics& diagnostics_;
  TextPosition text_position_;
  std::map<std::string, int> index_;  // relative name -> index
};

}  // namespace deckpress
