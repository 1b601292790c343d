#pragma once
// libharu 2.3.0 gives every TrueType font it embeds a ToUnicode map made of
// "cidrange" entries (one, <0000> <FFFF> 0), which a ToUnicode map may not
// hold: poppler warns on every page, and viewers that trust the map copy
// and search the wrong text. The codes libharu writes for a font loaded
// with its UTF-8 encoder are the characters' own values (the BMP, two bytes
// each; CIDToGIDMap takes them to glyphs), so the right map is the identity
// over the BMP, written as "bfrange" entries. This rewrites the map of every
// such font in the document, whatever drew text with it; the fonts libharu
// encodes otherwise are left alone. It reaches into libharu's font
// records, which Debian's libhpdf-dev 2.3.0 installs as headers.
#include <string>

#include <hpdf.h>

namespace deckpress::print {

// The identity map over the BMP (surrogates left out), in at most 100
// entries per block as the CMap format requires.
std::string identity_to_unicode_map();

// Call after the last text is drawn, before the document is saved.
void write_to_unicode_maps(HPDF_Doc doc);

}  // namespace deckpress::print
