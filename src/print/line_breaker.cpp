#include "print/line_breaker.h"

#include <algorithm>
#include <atomic>
#include <optional>
#include <string>

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

std::vector<BreakRule> unibreak(std::u32string_view code_points) {
  static const bool initialised = (init_linebreak(), true);
  (void)initialised;
  // U+FFFF is libunibreak's end-of-text marker (it asserts on it).
  std::vector<utf32_t> clean(code_points.begin(), code_points.end());
  std::replace(clean.begin(), clean.end(), utf32_t{0xFFFF}, utf32_t{0xFFFD});
  std::vector<char> raw(clean.size());
  set_linebreaks_utf32(clean.data(), clean.size(), "", raw.data());
  std::vector<BreakRule> rules;
  rules.reserve(raw.size());
  for (char rule : raw) {
    rules.push_back(rule == LINEBREAK_MUSTBREAK    ? BreakRule::must
                    : rule == LINEBREAK_ALLOWBREAK ? BreakRule::allow
                                                   : BreakRule::none);
  }
  return rules;
}

// libunibreak finds each character's class in a table of ranges, a fifth
// of the layout's time. Within printable ASCII, UAX #14 decides the break
// before a character from the last character that is not a space, and
// whether spaces came between; spaces themselves never start a line. So
// for text of printable ASCII and newlines, libunibreak is asked once per
// pair of characters, and its answers are looked up afterwards.
class AsciiBreaks {
 public:
  // Nothing for text with other characters, or with a space at its start
  // or after a newline, where a line starts.
  std::optional<std::vector<BreakRule>> find(std::u32string_view text) const {
    std::vector<BreakRule> rules(text.size(), BreakRule::none);
    char32_t before = 0;  // the last character that is not a space
    for (size_t i = 0; i < text.size(); ++i) {
      char32_t c = text[i];
      if (c != '\n' && (c < ' ' || c > '~')) return std::nullopt;
      if (c == ' ' && (before == 0 || before == '\n')) return std::nullopt;
      if (i + 1 == text.size() || c == '\n') {
        rules[i] = BreakRule::must;
      } else if (text[i + 1] != ' ' && text[i + 1] != '\n' && text[i + 1] >= ' ' && text[i + 1] <= '~') {
        rules[i] = rule(c == ' ' ? before : c, text[i + 1], c == ' ');
      }
      if (c != ' ') before = c;
    }
    return rules;
  }

 private:
  // The rule between `left` and `right`, with a space between them or not;
  // learnt from libunibreak on first use. Layout threads share the table.
  BreakRule rule(char32_t left, char32_t right, bool spaced) const {
    std::atomic<unsigned char>& known = known_[spaced][left - ' '][right - ' '];
    unsigned char value = known.load(std::memory_order_relaxed);  // the rule + 1; 0 until learnt
    if (value == 0) {
      std::u32string pair = spaced ? std::u32string{left, ' ', right} : std::u32string{left, right};
      value = static_cast<unsigned char>(static_cast<int>(unibreak(pair)[pair.size() - 2]) + 1);
      known.store(value, std::memory_order_relaxed);
    }
    return static_cast<BreakRule>(value - 1);
  }

  static constexpr size_t kPrintable = '~' - ' ' + 1;
  mutable std::atomic<unsigned char> known_[2][kPrintable][kPrintable] = {};
};

// Breaks one paragraph's units greedily; see break_lines.
class Breaker {
 public:
  Breaker(std::span<const TextUnit> units, const BreakOptions& options) : units_(units), options_(options) {}

  std::vector<LineRange> run() {
    for (size_t i = 0; i < units_.size(); ++i) {
      width_.add(units_[i]);
      while (width_.ink() > room() && i > begin_) {
        bool at_opportunity = last_opportunity_ > begin_;
        size_t cut = at_opportunity ? last_opportunity_ : character_break(units_, begin_, room() - options_.hyphen);
        end_line(cut, !at_opportunity, true);
        width_ = LineWidth::of(units_, begin_, i + 1);
      }
      if (units_[i].after == BreakRule::must) {
        end_line(i + 1, false, false);
      } else if (units_[i].after == BreakRule::allow) {
        last_opportunity_ = i + 1;
      }
    }
    if (begin_ < units_.size()) end_line(units_.size(), false, false);
    return std::move(lines_);
  }

 private:
  double room() const { return options_.max_width - indent_; }

  // The width of the white space that starts the current source line,
  // measured once for all its wrapped lines: a code line of 500,000 spaces
  // and words wraps thousands of times.
  double leading_space() {
    if (!leading_space_) {
      double width = 0;
      for (size_t i = source_line_; i < units_.size(); ++i) {
        if (units_[i].code_point != ' ' && units_[i].code_point != '\t') break;
        width += units_[i].advance;
      }
      leading_space_ = width;
    }
    return *leading_space_;
  }

  // `wrapped`: the next line goes on this one's source line.
  void end_line(size_t end, bool broken, bool wrapped) {
    LineRange line{begin_, end, LineWidth::of(units_, begin_, end).ink(), indent_, broken, continued_};
    lines_.push_back(line);
    if (!wrapped) {
      source_line_ = end;
      leading_space_.reset();
    }
    continued_ = wrapped;
    indent_ = wrapped && options_.hang ? std::min(leading_space() + *options_.hang, options_.max_width / 2) : 0;
    begin_ = end;
    last_opportunity_ = begin_;
    width_ = LineWidth::of(units_, begin_, begin_);
  }

  std::span<const TextUnit> units_;
  const BreakOptions& options_;
  std::vector<LineRange> lines_;
  size_t begin_ = 0;
  size_t source_line_ = 0;      // where the current source line (after a forced break) began
  std::optional<double> leading_space_;  // of the current source line, once measured
  size_t last_opportunity_ = 0;  // a line may end after units[last_opportunity - 1]
  double indent_ = 0;
  bool continued_ = false;
  LineWidth width_;
};

}  // namespace

std::vector<BreakRule> find_breaks(std::u32string_view code_points) {
  static const AsciiBreaks ascii;
  if (auto rules = ascii.find(code_points)) return std::move(*rules);
  return unibreak(code_points);
}

std::vector<LineRange> break_lines(std::span<const TextUnit> units, const BreakOptions& options) {
  return Breaker(units, options).run();
}

}  // namespace deckpress::print
