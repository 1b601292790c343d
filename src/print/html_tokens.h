#pragma once
// A small tokenizer for the HTML that card templates produce: tags with
// their attributes, and the text between them. Not a full HTML parser: the
// input is our own Markdown output or an author's simple markup.
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace deckpress::print {

struct HtmlToken {
  enum class Kind { text, open, close };
  Kind kind = Kind::text;
  std::string name;  // lower-case tag name; empty for text
  std::string text;  // raw text (entities not decoded); empty for tags
  std::map<std::string, std::string> attributes;  // names lower-case, values decoded
};

// Comments, doctypes and processing instructions are dropped.
std::vector<HtmlToken> tokenize_html(std::string_view html);

}  // namespace deckpress::print
