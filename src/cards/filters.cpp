#include "cards/filters.h"

#include <algorithm>
#include <regex>

#include "text/cloze.h"
#include "text/html.h"

namespace deckpress::cards {

namespace {

std::string hint(const std::string& value, const std::string& field) {
  if (text::field_is_empty(value)) return "";
  return "<a class=\"hint\" href=\"#\" onclick=\"this.style.display='none';"
         "this.nextElementSibling.style.display='block';return false;\">" +
         text::escape_html(field) + "</a><div class=\"hint\" style=\"display: none\">" + value +
         "</div>";
}

// {{type:F}}: an input box on the question, the expected answer on the answer.
std::string type_answer(const std::string& value, const Side& side) {
  if (!side.answer) return "<input type=\"text\" id=\"typeans\" autocomplete=\"off\">";
  return "<code id=\"typeans\">" + text::escape_html(text::strip_html(value)) + "</code>";
}

// Ruby text from "漢字[かんじ]": furigana shows both, kana the reading, kanji the base.
std::string ruby(const std::string& value, const std::string& filter) {
  static const std::regex annotated(R"( ?([^ >\[]+?)\[(.+?)\])");
  const char* format = filter == "kana" ? "$2" : filter == "kanji" ? "$1"
                                                                   : "<ruby><rb>$1</rb><rt>$2</rt></ruby>";
  return std::regex_replace(value, annotated, format);
}

std::string apply_one(const std::string& filter, std::string value, const std::string& field,
                      const Side& side) {
  if (filter == "text") return text::strip_html(value);
  if (filter == "hint") return hint(value, field);
  if (filter == "cloze") return text::render_cloze(value, side.cloze_number, side.answer);
  if (filter == "cloze-only") return text::render_cloze_only(value, side.cloze_number);
  if (filter == "furigana" || filter == "kana" || filter == "kanji") return ruby(value, filter);
  if (filter.starts_with("tts")) return "";
  return value;
}

}  // namespace

const char* const kKnownFilters = "text, hint, type, cloze, cloze-only, furigana, kana, kanji and tts";

const std::string* unknown_filter(const std::vector<std::string>& filters) {
  static const std::vector<std::string> known = {"",      "text",       "hint",     "type", "cloze",
                                                 "cloze-only", "furigana", "kana", "kanji"};
  if (!filters.empty() && filters.front() == "type") return nullptr;
  for (const auto& filter : filters)
    if (std::find(known.begin(), known.end(), filter) == known.end() && !filter.starts_with("tts "))
      return &filter;
  return nullptr;
}

std::string apply_filters(std::string value, const std::string& field,
                          const std::vector<std::string>& filters, const Side& side) {
  // {{type:...}} takes the rest of the chain as the field to compare with.
  if (!filters.empty() && filters.front() == "type") {
    std::vector<std::string> inner(filters.begin() + 1, filters.end());
    bool cloze = !inner.empty() && inner.front() == "cloze";
    if (cloze) value = text::render_cloze_only(value, side.cloze_number);
    else if (!inner.empty() && inner.front() == "nc") inner.erase(inner.begin());
    return type_answer(cloze ? value : apply_filters(value, field, inner, side), side);
  }
  for (auto filter = filters.rbegin(); filter != filters.rend(); ++filter)
    value = apply_one(*filter, std::move(value), field, side);
  return value;
}

}  // namespace deckpress::cards
