#pragma once
// Reading a DOM that Chromium serialised with --dump-dom.
#include <string>
#include <vector>

#include "text/ascii.h"
#include "text/html.h"

namespace e2e {

// The start tags of the elements whose start tag begins with `start`, e.g.
// "<section class=\"dp-card\"", in document order.
inline std::vector<std::string> start_tags(const std::string& dom, const std::string& start) {
  std::vector<std::string> tags;
  for (size_t at = dom.find(start); at != std::string::npos; at = dom.find(start, at + 1))
    tags.push_back(dom.substr(at, dom.find('>', at) + 1 - at));
  return tags;
}

// The inner HTML of the <div> whose start tag is at `at`: the browser's
// serialisation is well nested, so counting <div> and </div> finds its end.
inline std::string div_inner_html(const std::string& dom, size_t at) {
  size_t begin = dom.find('>', at) + 1;
  int depth = 1;
  size_t i = begin;
  while (depth > 0) {
    size_t open = dom.find("<div", i), close = dom.find("</div>", i);
    if (close == std::string::npos) return "";
    bool opens = open < close;
    depth += opens ? 1 : -1;
    i = opens ? open + 4 : close + 6;
  }
  return dom.substr(begin, i - 6 - begin);
}

// What a reader sees of HTML, whitespace runs made single spaces.
inline std::string visible_text(const std::string& html) {
  std::string out;
  for (char c : deckpress::text::strip_html(html)) {
    if (!deckpress::text::is_ascii_space(c))
      out += c;
    else if (!out.empty() && out.back() != ' ')
      out += ' ';
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace e2e
