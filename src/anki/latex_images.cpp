#include "anki/latex_images.h"

#include <optional>
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

// Finds each LaTeX tag as Anki's pattern does, leftmost first, in linear
// time whatever the field holds: where one kind's opener finds no closer,
// no later one of that kind can, so that kind is looked for no more.
class LatexFinder {
 public:
  explicit LatexFinder(std::string_view html) : html_(html) {
    for (int kind = 0; kind < kKindCount; ++kind) next_[kind] = ifind(html_, kKinds[kind].open, 0);
  }

  // The text Anki hands to LaTeX for the next tag, or nothing at the end.
  std::optional<std::string> next() {
    for (;;) {
      int kind = earliest();
      if (kind < 0) return std::nullopt;
      const LatexKind& latex = kKinds[kind];
      size_t begin = next_[kind] + latex.open.size();
      size_t end = ifind(html_, latex.close, begin + 1);  // the text is never empty
      if (end == std::string_view::npos) {
        next_[kind] = std::string_view::npos;
        continue;
      }
      from_ = end + latex.close.size();
      return std::string(latex.before) + std::string(html_.substr(begin, end - begin)) + std::string(latex.after);
    }
  }

 private:
  static constexpr int kKindCount = 3;

  // The kind whose opener comes first at or after from_, or -1.
  int earliest() {
    int found = -1;
    for (int kind = 0; kind < kKindCount; ++kind) {
      if (next_[kind] == std::string_view::npos) continue;
      if (next_[kind] < from_) next_[kind] = ifind(html_, kKinds[kind].open, from_);
      if (next_[kind] != std::string_view::npos && (found < 0 || next_[kind] < next_[found])) found = kind;
    }
    return found;
  }

  std::string_view html_;
  size_t from_ = 0;
  size_t next_[kKindCount];  // where each kind's next opener is, npos when none can close
};

void add_names(std::string_view html, bool svg, std::set<std::string>& names) {
  LatexFinder finder(html);
  while (auto source = finder.next()) names.insert("latex-" + sha1_hex(latex_text(*source)) + (svg ? ".svg" : ".png"));
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
