#pragma once
// What Anki would refuse or silently mangle, caught before writing.
#include "anki/package.h"

namespace deckpress::anki {

// Throws std::runtime_error naming the first problem.
void check_package_input(const PackageInput& input);

}  // namespace deckpress::anki
