#pragma once
// The Markdown dialect of fields, as md4c reads it: CommonMark with tables,
// strikethrough and $ math. Raw HTML is always recognised; the renderer
// decides what passes (text/raw_html.h).
#include <md4c.h>

namespace deckpress::text {

inline constexpr unsigned kMarkdownFlags =
    MD_DIALECT_COMMONMARK | MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_LATEXMATHSPANS;

}  // namespace deckpress::text
