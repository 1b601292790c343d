#pragma once
// `import --markdown`: Markdown for the fields whose HTML it builds back to
// byte for byte, by the same conversion the build runs; the others stay HTML.
#include <optional>
#include <string>

#include "importer/plan.h"

namespace deckpress::importer {

// A Markdown text that builds to exactly `html`, or nothing.
std::optional<std::string> markdown_for(const std::string& html);

struct MarkdownCount {
  size_t notes = 0;         // every field in Markdown
  size_t partly_html = 0;   // some fields in Markdown, some kept in HTML
};

// Fills every imported note's `markdown`, on every core.
MarkdownCount convert_to_markdown(Plan& plan);

}  // namespace deckpress::importer
