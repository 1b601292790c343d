// Anki's cloze filters and the checks that catch deletions Anki would not
// recognise.
#include "text/cloze.h"

#include <algorithm>

#include <fmt/format.h>

#include "text/ascii.h"
#include "text/cloze_parse.h"
#include "text/html.h"
#include "text/html_vocabulary.h"

namespace deckpress::text {
namespace {

using Segments = std::vector<ClozeSegment>;

// Every deletion's content shown, as on the answer side with no highlight.
void append_revealed(const Segments& segments, std::string& out) {
  for (const ClozeSegment& segment : segments) {
    if (segment.deletion) {
      append_revealed(segment.deletion->content, out);
    } else {
      out += segment.text;
    }
  }
}

std::string revealed(const Segments& segments) {
  std::string text;
  append_revealed(segments, text);
  return text;
}

void append_rendered(const Segments& segments, int number, bool answer_side, std::string& out);

// <span class="cloze", left open for attributes.
void open_cloze_span(std::string& out) {
  out += "<span class=\"";
  out += kClozeClass;
  out += '"';
}

void append_active(const Deletion& deletion, int number, bool answer_side, std::string& out) {
  open_cloze_span(out);
  if (answer_side) {
    out += '>';
    append_rendered(deletion.content, number, answer_side, out);
  } else {
    out += ' ';
    out += kClozeAnswerAttribute;
    out += "=\"" + escape_html(revealed(deletion.content)) + "\">";
    out += '[';
    out += deletion.has_hint ? deletion.hint : "...";
    out += ']';
  }
  out += "</span>";
}

void append_rendered(const Segments& segments, int number, bool answer_side, std::string& out) {
  for (const ClozeSegment& segment : segments) {
    if (!segment.deletion) {
      out += segment.text;
    } else if (segment.deletion->is_active(number)) {
      append_active(*segment.deletion, number, answer_side, out);
    } else {
      append_rendered(segment.deletion->content, number, answer_side, out);
    }
  }
}

void collect_numbers(const Segments& segments, std::set<int>& numbers) {
  for (const ClozeSegment& segment : segments) {
    if (!segment.deletion) continue;
    for (int number : segment.deletion->numbers) {
      if (number > 0) numbers.insert(number);
    }
    collect_numbers(segment.deletion->content, numbers);
  }
}

void collect_active_texts(const Segments& segments, int number, std::vector<std::string>& texts) {
  for (const ClozeSegment& segment : segments) {
    if (!segment.deletion) continue;
    if (segment.deletion->is_active(number)) {
      texts.push_back(revealed(segment.deletion->content));
    } else {
      collect_active_texts(segment.deletion->content, number, texts);
    }
  }
}

bool is_blank(std::string_view text) { return std::all_of(text.begin(), text.end(), is_ascii_space); }

void check_deletions(const Segments& segments, std::vector<ClozeProblem>& problems) {
  for (const ClozeSegment& segment : segments) {
    if (!segment.deletion) continue;
    const Deletion& deletion = *segment.deletion;
    if (deletion.numbers.empty()) {
      problems.push_back({deletion.offset, "cloze deletion without a number; write {{c1::...}}"});
    } else if (deletion.is_active(0)) {
      problems.push_back({deletion.offset, "Anki ignores c0; cloze numbers start at 1"});
    } else if (auto most = std::max_element(deletion.numbers.begin(), deletion.numbers.end()); *most > kMaxClozeNumber) {
      problems.push_back({deletion.offset, fmt::format("Anki makes cards for c1 to c{} only; c{} would show "
                                                       "nothing hidden", kMaxClozeNumber, *most)});
    }
    if (is_blank(revealed(deletion.content))) {
      problems.push_back({deletion.offset, "cloze deletion with an empty answer"});
    }
    check_deletions(deletion.content, problems);
  }
}

// "{{cx::", "{{C1::": meant as a deletion, but Anki sees only text.
bool looks_like_opener(std::string_view text, size_t at) {
  constexpr size_t longest_number = 10;
  // Looked for no further than a number's length: a field of many "{{c"
  // and no "::" is not searched to its end for each.
  std::string_view rest = text.substr(at, 3 + longest_number + 2);
  if (!istarts_with(rest, "{{c")) return false;
  size_t colons = rest.find("::", 3);
  if (colons == std::string_view::npos || colons > 3 + longest_number) return false;
  std::string_view between = rest.substr(3, colons - 3);
  return std::none_of(between.begin(), between.end(),
                      [](char c) { return is_ascii_space(c) || c == '{' || c == '}'; });
}

void check_openers(std::string_view text, std::vector<ClozeProblem>& problems) {
  for (size_t at = text.find("{{"); at != std::string_view::npos; at = text.find("{{", at + 1)) {
    if (cloze_opener_length(text, at, nullptr) == 0 && looks_like_opener(text, at)) {
      problems.push_back({at, "not a cloze deletion Anki knows; write {{c1::...}}"});
    }
  }
}

}  // namespace

std::set<int> cloze_numbers(std::string_view text) {
  std::set<int> numbers;
  collect_numbers(parse_cloze(text).segments, numbers);
  return numbers;
}

std::string render_cloze(std::string_view html, int number, bool answer_side) {
  std::string out;
  append_rendered(parse_cloze(html).segments, number, answer_side, out);
  return out;
}

std::string render_cloze_only(std::string_view html, int number) {
  std::vector<std::string> texts;
  collect_active_texts(parse_cloze(html).segments, number, texts);
  std::string out;
  for (size_t i = 0; i < texts.size(); ++i) {
    if (i > 0) out += ", ";
    out += texts[i];
  }
  return out;
}

std::vector<ClozeProblem> check_cloze_syntax(std::string_view text) {
  ParsedCloze parsed = parse_cloze(text);
  std::vector<ClozeProblem> problems;
  for (size_t offset : parsed.unclosed) {
    problems.push_back({offset, "cloze deletion is never closed with }}"});
  }
  if (!parsed.too_deep.empty()) {
    size_t outermost = *std::min_element(parsed.too_deep.begin(), parsed.too_deep.end());
    problems.push_back({outermost, fmt::format("cloze deletions nested more than {} deep; this one and those "
                                               "inside it would show as text", kMaxClozeDepth)});
  }
  check_deletions(parsed.segments, problems);
  check_openers(text, problems);
  std::stable_sort(problems.begin(), problems.end(),
                   [](const ClozeProblem& a, const ClozeProblem& b) { return a.offset < b.offset; });
  return problems;
}

}  // namespace deckpress::text
