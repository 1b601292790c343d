#include "importer/markdown_fields.h"

#include <atomic>

#include "support/parallel.h"
#include "text/html.h"
#include "text/markdown.h"

namespace deckpress::importer {
namespace {

// As the build converts a field of an imported deck: raw HTML passes
// (allow_html), media keep their names (the deck's media folder).
std::string built(const std::string& markdown) {
  text::HtmlOptions options;
  options.allow_html = true;
  options.media_name = [](const text::MediaRef& ref) { return ref.target; };
  return text::markdown_to_html(markdown, options).html;
}

// Every ASCII character Markdown may give a meaning to, escaped.
std::string escape_markdown(const std::string& text) {
  std::string out;
  for (const char c : text) {
    if (std::string_view("\\`*_[]#+-.!|~$<>&()").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

// The candidates, most readable first. HTML with tags: as it is, passing
// through. Text alone: with its entities decoded, as it is, then decoded with
// every character Markdown could read as markup escaped.
std::optional<std::string> markdown_for(const std::string& html) {
  if (html.find('<') != std::string::npos) {
    if (built(html) == html) return html;
    return std::nullopt;
  }
  const std::string decoded = text::decode_entities(html);
  for (const std::string& candidate : {decoded, html, escape_markdown(decoded)})
    if (built(candidate) == html) return candidate;
  return std::nullopt;
}

MarkdownCount convert_to_markdown(Plan& plan) {
  std::vector<ImportedNote*> notes;
  for (DeckFile& deck : plan.decks)
    for (ImportedNote& note : deck.notes) notes.push_back(&note);
  std::atomic<size_t> converted = 0, partly = 0;
  parallel_for(notes.size(), core_count(), [&](size_t i) {
    ImportedNote& note = *notes[i];
    size_t markdown = 0, html = 0;
    for (const std::string& field : note.note->fields) {
      note.markdown.push_back(field.empty() ? std::optional<std::string>("") : markdown_for(field));
      if (field.empty()) continue;
      ++(note.markdown.back() ? markdown : html);
    }
    if (html == 0) ++converted;
    else if (markdown > 0) ++partly;
  });
  return {converted, partly};
}

}  // namespace deckpress::importer
