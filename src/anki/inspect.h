#pragma once
// `deckpress inspect`: what an Anki package holds, whoever wrote it and in
// whichever format (package/read.h reads it).
#include <nlohmann/json.hpp>
#include <string>

#include "package/model.h"

namespace deckpress::anki {

std::string format_text(const package::Package& contents);
nlohmann::ordered_json to_json(const package::Package& contents);

}  // namespace deckpress::anki
