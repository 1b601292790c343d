#include "pipeline/cloze_cards.h"

#include <algorithm>
#include <set>

#include "text/cloze.h"
#include "text/cloze_parse.h"
#include "text/html.h"
#include "text/html_vocabulary.h"
#include "text/utf8.h"

namespace deckpress::pipeline {
namespace {

// How text/cloze.h writes an active deletion on the question side.
const std::string kBlankStart = "<span class=\"" + std::string(text::kClozeClass) + "\" " +
                                std::string(text::kClozeAnswerAttribute) + "=\"";
constexpr std::string_view kEmptyBlank = "\">[...]</span>";

constexpr size_t kShortestBlank = 3;
constexpr size_t kLongestBlank = 30;

std::string blank_for(std::string_view answer_html) {
  size_t length = text::decode_utf8(text::strip_html(answer_html)).size();
  return std::string(std::clamp(length, kShortestBlank, kLongestBlank), '_');
}

void append_revealed(const std::vector<text::ClozeSegment>& segments, std::string& out) {
  for (const text::ClozeSegment& segment : segments) {
    if (segment.deletion) {
      append_revealed(segment.deletion->content, out);
    } else {
      out += segment.text;
    }
  }
}

void append_numbered(const std::vector<text::ClozeSegment>& segments, std::string& out) {
  for (const text::ClozeSegment& segment : segments) {
    if (!segment.deletion) {
      out += segment.text;
      continue;
    }
    const text::Deletion& deletion = *segment.deletion;
    std::string answer;
    append_revealed(deletion.content, answer);
    int number = deletion.numbers.empty() ? 0 : deletion.numbers.front();
    out += "{{c1::";
    append_numbered(deletion.content, out);
    out += "::" + std::to_string(number) + ": ";
    out += deletion.has_hint ? std::string(deletion.hint) : blank_for(answer);
    out += "}}";
  }
}

}  // namespace

std::string sized_blanks(std::string_view html) {
  std::string out;
  size_t at = 0;
  for (size_t start; (start = html.find(kBlankStart, at)) != std::string_view::npos;) {
    size_t value = start + kBlankStart.size();
    size_t quote = html.find('"', value);
    if (quote == std::string_view::npos) break;
    out.append(html.substr(at, quote - at));  // up to the end of the answer
    at = quote;
    if (html.substr(quote).starts_with(kEmptyBlank)) {
      out += "\">[" + blank_for(text::decode_entities(html.substr(value, quote - value))) + "]</span>";
      at = quote + kEmptyBlank.size();
    }
  }
  out.append(html.substr(at));
  return out;
}

std::vector<std::string> numbered_deletions(const std::vector<std::string>& fields_html) {
  std::vector<std::string> fields;
  for (const std::string& field : fields_html) {
    std::string out;
    append_numbered(text::parse_cloze(field).segments, out);
    fields.push_back(std::move(out));
  }
  return fields;
}

std::string answer_key(const std::vector<std::string>& fields_html) {
  std::set<int> numbers;
  for (const std::string& field : fields_html) numbers.merge(text::cloze_numbers(field));
  std::string lines;
  for (int number : numbers) {
    std::string answers;
    for (const std::string& field : fields_html) {
      std::string answer = text::strip_html(text::render_cloze_only(field, number));
      if (!answer.empty()) answers += (answers.empty() ? "" : ", ") + answer;
    }
    lines += (lines.empty() ? "" : "<br>") + std::to_string(number) + ": " + text::escape_html(answers);
  }
  return lines.empty() ? std::string() : "<hr><p>" + lines + "</p>";
}

}  // namespace deckpress::pipeline
