#include "text/cloze_parse.h"

#include <algorithm>
#include <charconv>

#include "text/ascii.h"

namespace deckpress::text {
namespace {

// "1,2" to {1, 2}; like Anki, parts that are not numbers are skipped.
std::vector<int> parse_numbers(std::string_view list) {
  std::vector<int> numbers;
  while (!list.empty()) {
    size_t comma = std::min(list.find(','), list.size());
    int number = 0;
    auto [end, error] = std::from_chars(list.data(), list.data() + comma, number);
    if (error == std::errc() && end == list.data() + comma) numbers.push_back(number);
    list.remove_prefix(std::min(comma + 1, list.size()));
  }
  return numbers;
}

// Moves a trailing "::hint" out of the deletion's last text run.
void split_hint(Deletion& deletion) {
  if (deletion.content.empty() || deletion.content.back().deletion) return;
  std::string_view& tail = deletion.content.back().text;
  size_t separator = tail.find("::");
  if (separator == std::string_view::npos) return;
  deletion.hint = tail.substr(separator + 2);
  deletion.has_hint = true;
  tail = tail.substr(0, separator);
  if (tail.empty()) deletion.content.pop_back();
}

class ClozeParser {
 public:
  explicit ClozeParser(std::string_view text) : text_(text) {}

  ParsedCloze parse() {
    next_open_ = text_.find('{');
    next_close_ = text_.find('}');
    for (size_t i = next_brace(0); i < text_.size(); i = next_brace(i)) {
      std::vector<int> numbers;
      if (size_t length = cloze_opener_length(text_, i, &numbers)) {
        if (open_.size() < kMaxClozeDepth) {
          open(i, length, std::move(numbers));
        } else {
          result_.too_deep.push_back(i);
          ++too_deep_open_;
        }
        i += length;
      } else if (too_deep_open_ > 0 && text_.substr(i).starts_with("}}")) {
        --too_deep_open_;
        i += 2;
      } else if (!open_.empty() && text_.substr(i).starts_with("}}")) {
        close(i);
        i += 2;
      } else {
        ++i;
      }
    }
    end_text_run(text_.size());
    give_up_open();
    return std::move(result_);
  }

 private:
  // Only a '{' can open a deletion, and only a '}' close one; most text has
  // neither. `from` only grows, so each brace is looked for again only once
  // passed: a field of many '{' and no '}' is read in linear time.
  size_t next_brace(size_t from) {
    if (next_open_ < from) next_open_ = text_.find('{', from);
    if (next_close_ < from) next_close_ = text_.find('}', from);
    return std::min(next_open_, next_close_);
  }

  std::vector<ClozeSegment>& current() {
    return open_.empty() ? result_.segments : open_.back()->content;
  }

  void end_text_run(size_t end) {
    if (end > run_begin_) current().push_back({text_.substr(run_begin_, end - run_begin_), {}});
  }

  void open(size_t at, size_t length, std::vector<int> numbers) {
    end_text_run(at);
    auto deletion = std::make_unique<Deletion>();
    deletion->offset = at;
    deletion->numbers = std::move(numbers);
    open_.push_back(std::move(deletion));
    run_begin_ = at + length;
  }

  void close(size_t at) {
    end_text_run(at);
    std::unique_ptr<Deletion> deletion = std::move(open_.back());
    open_.pop_back();
    split_hint(*deletion);
    current().push_back({{}, std::move(deletion)});
    run_begin_ = at + 2;
  }

  // Openers without "}}" are text: each one's marker and content join the
  // text around it, in order. Laid out from the outermost, so that content
  // is moved once, not once per opener around it.
  void give_up_open() {
    for (auto deletion = open_.rbegin(); deletion != open_.rend(); ++deletion) {
      result_.unclosed.push_back((*deletion)->offset);
    }
    for (std::unique_ptr<Deletion>& deletion : open_) {
      size_t opener_length = cloze_opener_length(text_, deletion->offset, nullptr);
      result_.segments.push_back({text_.substr(deletion->offset, opener_length), {}});
      for (ClozeSegment& segment : deletion->content) result_.segments.push_back(std::move(segment));
    }
    open_.clear();
  }

  std::string_view text_;
  size_t run_begin_ = 0;
  size_t next_open_ = 0;   // the first '{' at or after where next_brace last looked
  size_t next_close_ = 0;  // and the first '}'
  std::vector<std::unique_ptr<Deletion>> open_;
  size_t too_deep_open_ = 0;  // openers kept as text whose "}}" is text too
  ParsedCloze result_;
};

}  // namespace

bool Deletion::is_active(int number) const {
  return std::find(numbers.begin(), numbers.end(), number) != numbers.end();
}

size_t cloze_opener_length(std::string_view text, size_t at, std::vector<int>* numbers) {
  std::string_view rest = text.substr(at);
  if (!rest.starts_with("{{c")) return 0;
  size_t end = 3;
  while (end < rest.size() && (is_ascii_digit(rest[end]) || rest[end] == ',')) ++end;
  if (!rest.substr(end).starts_with("::")) return 0;
  if (numbers) *numbers = parse_numbers(rest.substr(3, end - 3));
  return end + 2;
}

ParsedCloze parse_cloze(std::string_view text) { return ClozeParser(text).parse(); }

}  // namespace deckpress::text
