#pragma once
// The printable flashcard sheet: one printed card per Anki card, laid out on
// pages by the layout engine (plain data) and drawn with libharu.
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "deck/model.h"
#include "deck/source.h"

namespace deckpress::print {

struct PrintedCard {
  std::string deck_name;   // for the card's furniture and the bookmarks
  std::string front_html;  // rendered question side (Anki template rules)
  std::string back_html;   // rendered answer side without {{FrontSide}}
  SourcePos pos;           // the note, for warnings
  int number = 0;          // its number in its deck, from 1; 0: counted among the cards printed
  std::string css;         // the note type's stylesheet
};

struct SheetInput {
  std::string title;  // PDF title: the deck name
  std::vector<PrintedCard> cards;
  std::string holdings;  // what the sheet holds, said on every page: "Deck: 12 of 340 cards (tags python)"
  PrintSettings settings;  // the deck's [print] table
  // Images named in the HTML (bare package names) and the files they are.
  std::map<std::string, std::filesystem::path> images;
};

// Command-line choices; they override the deck's [print] table.
using SheetOptions = std::map<std::string, std::string>;

// The package names of the pictures the cards show.
std::set<std::string> shown_images(const std::vector<PrintedCard>& cards);

class MathTypesetter;

// Lays out and renders the sheet. Problems (an impossible grid, a card that
// does not fit, a character no font has) go to `diagnostics`; returns the
// PDF bytes, or nothing when there were errors. Formulas are typeset by
// `math`; without it they print as TeX source.
std::optional<std::string> render_sheet(const SheetInput& input, const SheetOptions& options,
                                        Diagnostics& diagnostics, MathTypesetter* math = nullptr);

// A sheet (two pages, or one in fold mode) of numbered cells with centre
// crosses on both sides, laid out exactly like cards with these options, to
// measure the printer's back offset. Empty when the options are invalid.
std::string render_calibration(const SheetOptions& options, Diagnostics& diagnostics);

}  // namespace deckpress::print
