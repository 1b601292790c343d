#pragma once
// Compiled decks to the preview's input: one previewed card per Anki card.
#include <vector>

#include "pipeline/compiled.h"
#include "preview/preview.h"

namespace deckpress::pipeline {

// Cards in deck order, rendered as Anki shows them; MathJax when installed.
preview::PreviewInput preview_input(const std::vector<const CompiledDeck*>& decks);

}  // namespace deckpress::pipeline
