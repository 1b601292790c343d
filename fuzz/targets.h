#pragma once
// The bodies of the fuzz targets, one per input format deckpress reads.
// libFuzzer drives them (fuzz/*_fuzz.cpp) and the test suite replays the
// crashes they found (tests/fuzz-regressions/<target>/) through them.
#include <string_view>

namespace deckpress::fuzz {

// TOML bytes through the loader and the compiler, as `deckpress check` does.
void load_deck(std::string_view bytes);

// Field text to Anki HTML, then that HTML through the print layout.
void markdown(std::string_view bytes);

// "template\0field\0field...": parse and render the template, decide the cards.
void render_template(std::string_view bytes);

// Bytes as a package (.apkg or .colpkg, any format) through `deckpress
// inspect`, and every media file it holds decoded.
void inspect(std::string_view bytes);

}  // namespace deckpress::fuzz
