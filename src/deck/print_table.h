#pragma once
// A deck file's [print] table: its settings kept as written, each with its
// position, for print/ to check and apply (deck/ knows no print options).
#include <toml++/toml.h>

#include "deck/model.h"
#include "deck/source.h"
#include "deck/toml_util.h"

namespace deckpress {

// The settings of `root`'s [print] table; none when it has no such table,
// and an error when `print` is not a table.
PrintSettings read_print_table(const toml::table& root, const TomlOrigin& origin, Diagnostics& diagnostics);

}  // namespace deckpress
