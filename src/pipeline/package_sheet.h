#pragma once
// `deckpress print PACKAGE`: the sheet of any Anki package, every card
// rendered by Anki's template rules with its own note type's templates,
// through the same sheet as deck files.
#include <filesystem>
#include <optional>
#include <string>

#include "pipeline/selection.h"
#include "print/sheet.h"

namespace deckpress::pipeline {

// The sheet of the package at `path` as `selection` chooses its cards, or
// nothing after reporting why. A note type whose templates run JavaScript
// is a warning: its cards print their HTML without it. Throws
// std::runtime_error, naming the file, when it is not a package. Formulas
// are typeset by `math`, as in deck_sheet.
std::optional<std::string> package_sheet(const std::filesystem::path& path, const Selection& selection,
                                         const print::SheetOptions& options, Diagnostics& diagnostics,
                                         print::MathTypesetter* math = nullptr);

}  // namespace deckpress::pipeline
