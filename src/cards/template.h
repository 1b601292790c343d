#pragma once
// Anki's card template language: {{Field}}, {{filter:Field}},
// {{#Field}}...{{/Field}}, {{^Field}}...{{/Field}}.
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace deckpress::cards {

// One {{...}} tag of a template, as Anki reads it.
struct TemplateTag {
  size_t begin = 0;  // offset of its "{{"
  size_t end = 0;    // offset after its "}}"
  char sigil = 0;    // '#', '^' or '/' for sections; 0 for a replacement
  std::string text;  // after the sigil, trimmed: a section's field, or "filters:Field"
};

// The tags of a template in order. Tags inside <!-- --> comments are text,
// as in Anki.
std::vector<TemplateTag> template_tags(std::string_view source);

struct TemplateNode {
  enum class Kind { text, replacement, section, inverted_section };
  Kind kind = Kind::text;
  std::string text;                  // text nodes
  std::string field;                 // replacements and sections
  std::vector<std::string> filters;  // replacements, outermost first
  std::vector<TemplateNode> children;
};

// "f2:f1:Field" -> field "Field", filters {"f2", "f1"}.
TemplateNode replacement(std::string_view text);

// Parses a template; an unclosed section ends at the end of the template and
// a stray {{/X}} is kept as text. Note types are checked before their cards
// are made (template_check.h), so only verbatim ones get here with either.
std::vector<TemplateNode> parse_template(std::string_view source);

// Answers questions about the note a template is rendered for.
struct FieldLookup {
  std::function<bool(const std::string& field)> non_empty;
  std::function<std::string(const std::string& field, const std::vector<std::string>& filters)>
      render;  // a replacement's final HTML
};

std::string render_template(const std::vector<TemplateNode>& nodes, const FieldLookup& lookup);

// True when a replacement outside a failing section names a non-empty field:
// Anki's rule for whether a card's front is empty. With
// `inverted_always_count`, {{^X}} sections count their children regardless of
// X, as for the legacy "req" cache.
bool renders_content(const std::vector<TemplateNode>& nodes, const FieldLookup& lookup,
                     bool inverted_always_count = false);

}  // namespace deckpress::cards
