#pragma once
// `deckpress inspect`: what an Anki package holds, whoever wrote it and in
// whichever format (package/read.h reads it).
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

#include "package/model.h"

namespace deckpress::anki {

// The package as text, written to `out` as it is made.
void write_text(const package::Package& contents, std::ostream& out);
std::string format_text(const package::Package& contents);  // write_text, into a string
nlohmann::ordered_json to_json(const package::Package& contents);

}  // namespace deckpress::anki
