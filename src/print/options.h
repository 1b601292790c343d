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

struct SheetConfig {
  GeometrySpec geometry;
  Grid grid;
  double max_font_size = 24;  // a short side grows to fill its card, as on screen
  double min_font_size = 7;
  bool frames = false;
  bool cut_marks = true;
  std::vector<std::string> fonts;  // extra font files, tried before the default fallbacks
  // The paper orientation the card stock suggests, and the user's choice.
  Orientation stock_orientation = Orientation::portrait;
  std::optional<Orientation> chosen_orientation;
};

// Where command-line options are reported.
inline const char* const kCommandLine = "command line";

std::optional<SheetConfig> read_sheet_config(const PrintSettings& settings,
                                             const SheetOptions& options,
                                             Diagnostics& diagnostics);

// Where the value of `key` was given: the command line, the deck's [print]
// table, or nowhere (an empty position).
SourcePos setting_position(const PrintSettings& settings, const SheetOptions& options, const std::string& key);

// The setting names, in the order the user guide lists them.
std::vector<std::string> sheet_setting_names();

}  // namespace deckpress::print
