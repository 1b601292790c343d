#pragma once
// The sheet's settings: the deck's [print] table, overridden by the command
// line, checked and turned into numbers. Every problem names the setting.
#include <optional>
#include <string>
#include <vector>

#include "deck/model.h"
#include "deck/source.h"
#include "print/geometry.h"
#include "print/sheet.h"

namespace deckpress::print {

enum class FrameSides { none, fronts, both };

// How cloze notes print: one card per deletion, as Anki makes them, or one
// card per note with every deletion blank and an answer key on the back.
enum class ClozeCards { each, note };

struct SheetConfig {
  GeometrySpec geometry;
  Grid grid;  // the cards' cells; in list mode only the page and its printable area
  double max_font_size = 24;  // a short side grows to fill its card, as on screen
  double min_font_size = 7;
  FrameSides frames = FrameSides::none;
  bool cut_marks = true;
  std::optional<double> image_ppi = 300;  // nothing: images keep every pixel
  ClozeCards cloze = ClozeCards::each;
  std::vector<std::string> fonts;  // extra font files, tried before the default fallbacks
  std::string holdings;            // what the sheet holds (SheetInput::holdings), for the page labels
};

// Where command-line options are reported.
inline const char* const kCommandLine = "command line";

std::optional<SheetConfig> read_sheet_config(const PrintSettings& settings,
                                             const SheetOptions& options,
                                             Diagnostics& diagnostics);

// The `cloze` setting alone, for the stage that prepares the cards; a bad
// value counts as the default here (read_sheet_config reports it).
ClozeCards cloze_cards(const PrintSettings& settings, const SheetOptions& options);

// Where the value of `key` was given: the command line, the deck's [print]
// table, or nowhere (an empty position).
SourcePos setting_position(const PrintSettings& settings, const SheetOptions& options, const std::string& key);

// The setting names, in the order the user guide lists them.
std::vector<std::string> sheet_setting_names();

}  // namespace deckpress::print
