#pragma once
// One card on the page: a header naming it and linking to its note, then the
// question and the answer side by side.
#include <string>

#include "preview/media_embed.h"
#include "preview/preview.h"

namespace deckpress::preview {

// `number`: the card's 1-based place on the page. `scope_class`: the root
// class of its note type's CSS (see NoteTypeStyles).
std::string card_section(const PreviewCard& card, int number, const std::string& scope_class,
                         MediaEmbedder& media);

}  // namespace deckpress::preview
