#include "anki/latex_images.h"

#include <algorithm>
#include <set>

#include "anki/ids.h"
#include "text/ascii.h"
#include "text/cloze.h"
#include "text/html.h"

namespace deckpress::anki {
namespace {

struct LatexKind {
  std::string_view open;
  std::string_view close;
  std::string_view before;  // what Anki puts around the text it hands to LaTeX
  std::string_view after;
};

constexpr LatexKind kKinds[] = {
    {"[latex]", "[/latex]", "", ""},
    {"[$]", "[/$]", "$", "$"},
    {"[$$]", "[/$$]", "\\begin{displaymath}", "\\end{displaymath}"},
};

// Case-insensitive search, as Anki's pattern is.
size_t ifind(std::string_view text, std::string_view what, size_t from) {
  for (size_t at = from; at + what.size() <= text.size(); ++at)
    if (text::istarts_with(text.substr(at), what)) return at;
  return std::string_view::npos;
}

// Anki turns <br>, <br /> and <div> into line breaks, then strips the rest
// of the markup and decodes entities.
std::string latex_text(std::string_view html) {
  std::string lines;
  for (size_t at = 0; at < html.size();) {
    size_t length = 0;
    for (std::string_view tag : {"<br>", "<br />", "<div>"})
      if (text::istarts_with(html.substr(at), tag)) length = tag.size();
    if (length) {
      lines += '\n';
      at += length;
    } else {
      lines += html[at++];
    }
  }
  return text::strip_html(lines);
}

// The earliest opener at or after `from` (no two start at the same place):
// its index into kKinds, or -1.
int next_opener(std::string_view html, size_t from, size_t& at) {
  int found = -1;
  at = std::string_view::npos;
  for (int kind = 0; kind < 3; ++kind) {
    size_t here = ifind(html, kKinds[kind].open, from);
    if (here < at) {
      at = here;
      found = kind;
    }
  }
  return found;
}

void add_names(std::string_view html, bool svg, std::set<std::string>& names) {
  size_t from = 0;
  size_t at = 0;
  for (int kind; (kind = next_opener(html, from, at)) >= 0;) {
    const LatexKind& latex = kKinds[kind];
    size_t begin = at + latex.open.size();
    size_t end = ifind(html, latex.close, begin + 1);  // the text is never empty
    if (end == std::string_view::npos) {
      from = at + 1;
      continue;
    }
    std::string source = std::string(latex.before);
    source.append(html.substr(begin, end - begin));
    source += latex.after;
    names.insert("latex-" + sha1_hex(latex_text(source)) + (svg ? ".svg" : ".png"));
    from = end + latex.close.size();
  }
}

}  // namespace

std::vector<std::string> latex_image_names(std::string_view field_html, bool svg) {
  std::set<std::string> names;
  if (field_html.find('[') == std::string_view::npos) return {};
  add_names(field_html, svg, names);
  if (!names.empty() && field_html.find("{{c") != std::string_view::npos) {
    for (int number : text::cloze_numbers(field_html)) {
      add_names(text::render_cloze(field_html, number, false), svg, names);
      add_names(text::render_cloze(field_html, number, true), svg, names);
    }
  }
  return {names.begin(), names.end()};
}

}  // namespace deckpress::anki
