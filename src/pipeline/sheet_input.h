#pragma once
// Compiled decks to the print writer's input: one printed card per Anki card.
#include <vector>

#include "pipeline/compiled.h"
#include "print/sheet.h"

namespace deckpress::pipeline {

print::SheetInput sheet_input(const std::vector<const CompiledDeck*>& decks);

}  // namespace deckpress::pipeline
