#pragma once
// What to print: the cards of compiled decks, or of a package's notes, that
// a Selection chooses, each side rendered by Anki's template rules.
#include <filesystem>
#include <functional>
#include <map>
#include <set>
#include <optional>
#include <string>
#include <vector>

#include "anki/lock.h"
#include "pipeline/compiled.h"
#include "pipeline/selection.h"
#include "print/sheet.h"

namespace deckpress::pipeline {

// A note as the sheet sees it, wherever it comes from.
struct SheetNote {
  SelectableNote key;
  const NoteType* type = nullptr;
  const std::vector<std::string>* fields_html = nullptr;
  std::string deck_name;
  std::vector<int> card_ords;
  SourcePos pos;  // for warnings: the [[note]] line, or the package
};

// Media files by name, for the pictures the chosen cards show.
using MediaFiles = std::map<std::string, std::filesystem::path>;

struct SheetSource {
  std::string title;  // the PDF's title
  PrintSettings settings;
  MediaFiles media;
  // When set, called with the names of the pictures the chosen cards show
  // instead of using `media`: a package's files are unpacked only then.
  std::function<MediaFiles(const std::set<std::string>& names)> fetch_media;
  std::vector<SheetNote> notes;
};

// The sheet's input: the chosen notes' cards, each numbered as in the whole
// deck, in the selection's order, and a line saying what the sheet holds.
// `earlier` is the lock of --changed-since (selection.h).
print::SheetInput sheet_input(const SheetSource& source, const Selection& selection, const anki::Lock* earlier,
                              const print::SheetOptions& options, Diagnostics& diagnostics);

// The PDF of compiled decks' cards as the selection chooses them (its lock
// read from the first deck's folder), or nothing after reporting why. Their
// formulas are typeset by `math` (print/mathjax.h); without it they print
// as TeX source.
std::optional<std::string> deck_sheet(const std::vector<const CompiledDeck*>& decks, const Selection& selection,
                                      const print::SheetOptions& options, Diagnostics& diagnostics,
                                      print::MathTypesetter* math = nullptr);

// The same for notes from elsewhere (a package): --changed-since does not apply.
std::optional<std::string> source_sheet(const SheetSource& source, const Selection& selection,
                                        const print::SheetOptions& options, Diagnostics& diagnostics,
                                        print::MathTypesetter* math = nullptr);

}  // namespace deckpress::pipeline
