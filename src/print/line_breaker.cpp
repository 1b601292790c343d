#include "print/line_breaker.h"
#include "text/utf8.h"

#include <linebreak.h>

namespace deckpress::print {
namespace {

bool is_space(char32_t c) { return c == ' ' || c == '\n' || c == '\t'; }

// Combining marks belong to the letter before them: never start a line.
bool is_combining(char32_t c) {
  return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) ||
         (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE20 && c <= 0xFE2F);
}


// Accumulates one line's width; spaces at its end do not count.
class LineWidth {
 public:
  void add(const TextUnit& unit) {
    total_ += unit.advance;
    if (!is_space(unit.code_point)) ink_ = total_;
  }
  double ink() const { return ink_; }

  static LineWidth of(std::span<const TextUnit> units, size_t begin, size_t end) {
    LineWidth width;
    for (size_t i = begin; i < end; ++i) width.add(units[i]);
    return width;
  }

 private:
  double total_ = 0;
  double ink_ = 0;
};

// Where to cut a word with no break opportunity: after as many characters
// as fit, but not before a combining mark, and never leaving an empty line.
size_t character_break(std::span<const TextUnit> units, size_t begin, double max_width) {
  size_t cut = begin + 1;
  LineWidth width;
  width.add(units[begin]);
  while (cut < units.size()) {
    width.add(units[cut]);
    if (width.ink() > max_width) break;
    ++cut;
  }
  while (cut > begin + 1 && cut < units.size() && is_combining(units[cut].code_point)) --cut;
  return cut;
}

}  // namespace


std::vector<BreakRule> find_breaks(std::string_view utf8) {
  static const bool initialised = (init_linebreak(), true);
  (void)initialised;
  // Re-encoding keeps the byte and code point counts in step even for
  // malformed input.
  std::string clean;
  // U+FFFF is libunibreak's end-of-text marker (it asserts on it); U+FFFD has
  // the same UTF-8 length, so byte positions stay in step.
  for (char32_t c : text::decode_utf8(utf8)) text::append_utf8(clean, c == 0xFFFF ? U'\uFFFD' : c);
  std::vector<char> byte_rules(clean.size());
  set_linebreaks_utf8(reinterpret_cast<const utf8_t*>(clean.data()), clean.size(), "", byte_rules.data());
  std::vector<BreakRule> rules;
  for (char rule : byte_rules) {
    if (rule == LINEBREAK_INSIDEACHAR) continue;
    rules.push_back(rule == LINEBREAK_MUSTBREAK    ? BreakRule::must
                    : rule == LINEBREAK_ALLOWBREAK ? BreakRule::allow
                                                   : BreakRule::none);
  }
  return rules;
}

std::vector<LineRange> break_lines(std::span<const TextUnit> units, double max_width) {
  std::vector<LineRange> lines;
  size_t begin = 0;
  size_t last_opportunity = 0;  // a line may end after units[last_opportunity - 1]
  LineWidth width;
  auto end_line = [&](size_t end) {
    lines.push_back(LineRange{begin, end, LineWidth::of(units, begin, end).ink()});
    begin = end;
    last_opportunity = begin;
    width = LineWidth::of(units, begin, begin);
  };
  for (size_t i = 0; i < units.size(); ++i) {
    width.add(units[i]);
    while (width.ink() > max_width && i > begin) {
      end_line(last_opportunity > begin ? last_opportunity : character_break(units, begin, max_width));
      width = LineWidth::of(units, begin, i + 1);
    }
    if (units[i].after == BreakRule::must) {
      end_line(i + 1);
    } else if (units[i].after == BreakRule::allow) {
      last_opportunity = i + 1;
    }
  }
  if (begin < units.size()) end_line(units.size());
  return lines;
}

}  // namespace deckpress::print
