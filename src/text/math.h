#pragma once
// Where a field's math is. In Markdown, $...$ (inline) and $$...$$
// (display) follow Pandoc's rule, so "$5 and $10" stays text: an opening $
// has a non-space character right after it; the closing $ is the next
// unescaped one, with a non-space character right before it and no digit
// right after it; otherwise the opening $ is a plain dollar. \$ is always a
// dollar. $ in code, raw HTML and link targets is never math.
#include <string>
#include <string_view>
#include <vector>

namespace deckpress::text {

struct TextRange {
  size_t begin = 0;
  size_t end = 0;  // past the last byte
  bool contains(size_t offset) const { return offset >= begin && offset < end; }
};

// The formulas of a Markdown field, delimiters included, in order.
std::vector<TextRange> markdown_math(std::string_view markdown);

// The formulas of an HTML field: \(...\) and \[...\], as Anki's MathJax finds them.
std::vector<TextRange> html_math(std::string_view html);

// `markdown` as md4c should read it: md4c pairs any two $, so every $ that
// is not a delimiter by the rule above gets a backslash. `inserted` lists,
// in order, the offsets in `text` of the backslashes added.
struct MathMarked {
  std::string text;
  std::vector<size_t> inserted;
  size_t original_offset(size_t offset) const;  // an offset in `text` as one in `markdown`
};
MathMarked mark_math(std::string_view markdown);

}  // namespace deckpress::text
