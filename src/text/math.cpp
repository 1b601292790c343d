#include "text/math.h"

#include <algorithm>

#include "text/ascii.h"
#include "text/md4c_dialect.h"
#include "text/md4c_parse.h"

namespace deckpress::text {
namespace {

// A run of unescaped $ in running text: one is inline, two display.
struct Dollars {
  size_t begin = 0;
  size_t length = 0;
  int context = 0;  // the block and span it is in: a formula never leaves its own
};

// Finds the $ md4c reads as text, with math off: those in code, raw HTML and
// link targets never come as running text.
class DollarFinder {
 public:
  explicit DollarFinder(std::string_view source) : source_(source) {}

  std::vector<Dollars> run() {
    MD_PARSER parser{};
    parser.flags = kMarkdownFlags & ~MD_FLAG_LATEXMATHSPANS;
    parser.enter_block = [](MD_BLOCKTYPE, void*, void* self) { return finder(self).enter(); };
    parser.leave_block = [](MD_BLOCKTYPE, void*, void* self) { return finder(self).leave(); };
    parser.enter_span = [](MD_SPANTYPE type, void* detail, void* self) {
      if (type == MD_SPAN_A) finder(self).autolink_ = finder(self).is_autolink(*static_cast<MD_SPAN_A_DETAIL*>(detail));
      return finder(self).enter();
    };
    parser.leave_span = [](MD_SPANTYPE type, void*, void* self) {
      if (type == MD_SPAN_A) finder(self).autolink_ = false;
      return finder(self).leave();
    };
    parser.text = [](MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* self) {
      if (type == MD_TEXT_NORMAL) finder(self).text(std::string_view(text, size));
      return 0;
    };
    parse_balanced(source_, parser, this);
    return std::move(found_);
  }

 private:
  static DollarFinder& finder(void* self) { return *static_cast<DollarFinder*>(self); }

  int enter() {
    outer_.push_back(context_);
    context_ = ++contexts_;
    return 0;
  }

  int leave() {
    context_ = outer_.back();
    outer_.pop_back();
    return 0;
  }

  // <https://...>: its text is the address, where a $ is part of it.
  bool is_autolink(const MD_SPAN_A_DETAIL& link) const {
    return inside(link.href.text) && link.href.text > source_.data() && link.href.text[-1] == '<';
  }

  bool inside(const char* text) const { return text >= source_.data() && text < source_.data() + source_.size(); }

  void text(std::string_view text) {
    if (autolink_ || !inside(text.data())) return;
    const size_t start = static_cast<size_t>(text.data() - source_.data());
    for (size_t i = text.find('$'); i != std::string_view::npos; i = text.find('$', i + 1)) {
      size_t at = start + i;
      if (escaped(at)) continue;
      if (!found_.empty() && found_.back().begin + found_.back().length == at && found_.back().context == context_)
        ++found_.back().length;
      else
        found_.push_back({at, 1, context_});
    }
  }

  // An odd number of backslashes before it makes it a plain $.
  bool escaped(size_t at) const {
    size_t backslashes = 0;
    while (backslashes < at && source_[at - backslashes - 1] == '\\') ++backslashes;
    return backslashes % 2 == 1;
  }

  std::string source_;  // md4c's text points into it
  std::vector<Dollars> found_;
  std::vector<int> outer_;
  int context_ = 0;
  int contexts_ = 0;
  bool autolink_ = false;
};

bool space_at(std::string_view text, size_t at) { return at >= text.size() || is_ascii_space(text[at]); }

// Pairs the runs by the rule in math.h: each formula, delimiters included.
std::vector<TextRange> pair_delimiters(std::string_view text, const std::vector<Dollars>& runs) {
  std::vector<TextRange> formulas;
  for (size_t i = 0; i < runs.size(); ++i) {
    const Dollars& open = runs[i];
    if (i + 1 == runs.size() || runs[i + 1].context != open.context || runs[i + 1].length != open.length) continue;
    const Dollars& close = runs[i + 1];
    size_t end = close.begin + close.length;
    bool formula = open.length == 2 ? close.begin > open.begin + 2
                   : open.length == 1 && !space_at(text, open.begin + 1) && !is_ascii_space(text[close.begin - 1]) &&
                         !(end < text.size() && is_ascii_digit(text[end]));
    if (!formula) continue;
    formulas.push_back({open.begin, end});
    ++i;
  }
  return formulas;
}

std::vector<Dollars> dollars_in(std::string_view markdown) {
  if (markdown.find('$') == std::string_view::npos) return {};
  return DollarFinder(markdown).run();
}

}  // namespace

std::vector<TextRange> markdown_math(std::string_view markdown) {
  return pair_delimiters(markdown, dollars_in(markdown));
}

// An opener with no closer after it leaves every later one of its kind
// unclosed too, so the search for that closer is made once: linear time.
std::vector<TextRange> html_math(std::string_view html) {
  std::vector<TextRange> formulas;
  bool closable[2] = {true, true};  // \( and \[
  for (size_t at = 0; (at = html.find('\\', at)) != std::string_view::npos;) {
    char kind = at + 1 < html.size() ? html[at + 1] : 0;
    if ((kind != '(' && kind != '[') || !closable[kind == '[']) {
      at += 2;
      continue;
    }
    size_t close = html.find(kind == '(' ? "\\)" : "\\]", at + 2);
    if (close == std::string_view::npos) {  // unclosed: MathJax looks on after it
      closable[kind == '['] = false;
      at += 2;
      continue;
    }
    formulas.push_back({at, close + 2});
    at = close + 2;
  }
  return formulas;
}

MathMarked mark_math(std::string_view markdown) {
  auto runs = dollars_in(markdown);
  auto formulas = pair_delimiters(markdown, runs);
  MathMarked marked;
  size_t copied = 0;
  auto formula = formulas.begin();  // the first that does not end before the run
  for (const Dollars& run : runs) {
    while (formula != formulas.end() && formula->end <= run.begin) ++formula;
    bool delimiter = formula != formulas.end() &&
                     (run.begin == formula->begin || run.begin + run.length == formula->end);
    if (delimiter) continue;
    for (size_t at = run.begin; at < run.begin + run.length; ++at) {
      marked.text.append(markdown, copied, at - copied);
      marked.inserted.push_back(marked.text.size());
      marked.text += '\\';
      copied = at;
    }
  }
  if (marked.inserted.empty()) return {std::string(markdown), {}};
  marked.text.append(markdown, copied);
  return marked;
}

size_t MathMarked::original_offset(size_t offset) const {
  return offset - static_cast<size_t>(std::lower_bound(inserted.begin(), inserted.end(), offset) - inserted.begin());
}

}  // namespace deckpress::text
