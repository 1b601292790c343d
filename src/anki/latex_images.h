#pragma once
// The images Anki makes of [latex]…[/latex], [$]…[/$] and [$$]…[/$$] in a
// field. Anki names each latex-<SHA-1 of its text>.png (.svg for note types
// that ask for SVG), counts those names as media the note uses, and shows the
// source text on a computer without LaTeX when the image is missing. A deck
// built from an Anki package carries the images its notes name, so nobody
// needs LaTeX to see them.
#include <string>
#include <string_view>
#include <vector>

namespace deckpress::anki {

// The file names of the LaTeX images `field_html` names: for the field as
// written (what Anki's exporter packs) and, when it has cloze deletions, for
// each card's question and answer (what Anki renders and keeps). Sorted,
// without repeats.
std::vector<std::string> latex_image_names(std::string_view field_html, bool svg);

}  // namespace deckpress::anki
