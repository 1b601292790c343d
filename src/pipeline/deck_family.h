#pragma once
// Decks of one build that name each other. A subdeck's package carries the
// parents that decks of the build define (identity.h), so those parents are
// compiled even when unchanged, and a parent's deck file is an input of its
// subdecks. Anki takes deck names that differ only in case for one deck.
#include <set>
#include <string>
#include <vector>

namespace deckpress::pipeline {

// The names among `defined` that the decks named `built` carry as parents.
std::set<std::string> carried_parents(const std::vector<std::string>& built, const std::vector<std::string>& defined);

// A deck of the build whose name, or a parent in it, is written in another
// case than in another deck: Anki files both under one spelling.
struct NameClash {
  size_t deck = 0;  // the deck to report it in
  std::string message;
};

// The clashes among the decks named `names` (empty: not known), each
// reported in a deck that was `read` this run; `files` name the decks.
std::vector<NameClash> case_clashes(const std::vector<std::string>& names, const std::vector<bool>& read,
                                    const std::vector<std::string>& files);

}  // namespace deckpress::pipeline
