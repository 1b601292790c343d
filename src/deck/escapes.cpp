#include "deck/escapes.h"

#include <algorithm>
#include <charconv>
#include <optional>
#include <vector>

#include <fmt/format.h>

#include "text/math.h"
#include "text/utf8.h"

namespace deckpress {

namespace {

// One escape of a "..." string, or a control character written as is: what
// was written, where, and where the character it made sits in the value.
struct Escape {
  std::string_view written;  // "\f", "\u00e9", or a raw tab
  SourcePos pos;             // of its backslash or raw character
  size_t value_offset = 0;
  size_t value_length = 0;   // the bytes of the character it made
  bool raw() const { return !written.starts_with('\\'); }
};

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

bool is_control(char32_t c) { return c < 0x20 || (c >= 0x7F && c < 0xA0); }

// The bytes of a control character written as is at the start of `text`
// (C0 but line ends, DEL, or a C1 character in UTF-8), else 0.
size_t raw_control_length(std::string_view text) {
  unsigned char c = static_cast<unsigned char>(text[0]);
  if (c == '\n' || c == '\r') return 0;
  if (c < 0x20 || c == 0x7F) return 1;
  bool c1 = c == 0xC2 && text.size() > 1 && static_cast<unsigned char>(text[1]) >= 0x80 &&
            static_cast<unsigned char>(text[1]) < 0xA0;
  return c1 ? 2 : 0;
}

size_t escape_length(char kind) { return kind == 'u' ? 6 : kind == 'U' ? 10 : kind == 'x' ? 4 : 2; }

// The character an escape makes, as TOML defines it.
char32_t escaped_char(std::string_view written) {
  switch (written[1]) {
    case 'b': return '\b';
    case 't': return '\t';
    case 'n': return '\n';
    case 'f': return '\f';
    case 'r': return '\r';
    case 'e': return 0x1B;
    case 'u':
    case 'U':
    case 'x': {
      uint32_t code = 0xFFFD;
      std::from_chars(written.data() + 2, written.data() + written.size(), code, 16);
      return code;
    }
    default: return static_cast<char32_t>(written[1]);  // \" and \\ .
  }
}

// The character `escape` made in the value.
char32_t made_char(const Escape& escape) {
  if (!escape.raw()) return escaped_char(escape.written);
  if (escape.written.size() == 1) return static_cast<unsigned char>(escape.written[0]);
  return static_cast<char32_t>(((escape.written[0] & 0x1F) << 6) | (escape.written[1] & 0x3F));
}

// Reads a string as TOML does, to learn where each escape and control
// character went; the value it makes is compared with toml++'s before
// anything is reported.
class WrittenString {
 public:
  WrittenString(std::string_view raw, SourcePos start) : raw_(raw), pos_(std::move(start)) {}

  bool read() {
    quote_ = raw_[0];
    multiline_ = raw_.starts_with(std::string(3, quote_));
    skip(multiline_ ? 3 : 1);
    if (multiline_ && raw_.substr(at_).starts_with("\n")) skip(1);
    else if (multiline_ && raw_.substr(at_).starts_with("\r\n")) skip(2);
    while (at_ < raw_.size()) {
      char c = raw_[at_];
      if (c == '\\' && quote_ == '"') {
        if (!escape()) return false;
      } else if (c == quote_) {
        size_t quotes = std::min<size_t>(raw_.substr(at_).find_first_not_of(quote_), 5);
        if (!multiline_ || quotes >= 3) {
          value_.append(multiline_ ? quotes - 3 : 0, quote_);
          return true;
        }
        value_.append(quotes, quote_);
        skip(quotes);
      } else if (multiline_ && (c == '\n' || raw_.substr(at_).starts_with("\r\n"))) {
        value_ += '\n';
        skip(c == '\n' ? 1 : 2);
      } else {
        size_t control = raw_control_length(raw_.substr(at_));
        if (control) escapes_.push_back({raw_.substr(at_, control), pos_, value_.size(), control});
        value_ += c;
        skip(1);
      }
    }
    return false;
  }

  bool multiline() const { return multiline_; }
  const std::string& value() const { return value_; }
  const std::vector<Escape>& escapes() const { return escapes_; }

 private:
  bool escape() {
    if (at_ + 1 >= raw_.size()) return false;
    if (multiline_ && std::string_view(" \t\r\n").find(raw_[at_ + 1]) != std::string_view::npos) {
      // A line-ending backslash: it and the white space after it vanish.
      skip(raw_.find_first_not_of(" \t\r\n", at_ + 1) - at_);
      return true;
    }
    std::string_view written = raw_.substr(at_, escape_length(raw_[at_ + 1]));
    if (written.size() < 2 || written.find_first_of("\"\r\n", 2) != std::string_view::npos) return false;
    size_t offset = value_.size();
    text::append_utf8(value_, escaped_char(written));
    escapes_.push_back({written, pos_, offset, value_.size() - offset});
    skip(written.size());
    return true;
  }

  void skip(size_t bytes) {
    for (size_t end = std::min(at_ + bytes, raw_.size()); at_ < end; ++at_) {
      if (raw_[at_] == '\n') {
        ++pos_.line;
        pos_.column = 1;
      } else if (!is_continuation(raw_[at_])) {
        ++pos_.column;
      }
    }
  }

  std::string_view raw_;
  SourcePos pos_;
  size_t at_ = 0;
  char quote_ = '"';
  bool multiline_ = false;
  std::string value_;
  std::vector<Escape> escapes_;
};

std::string char_name(char32_t c) {
  switch (c) {
    case '\b': return "a backspace";
    case '\t': return "a tab";
    case '\n': return "a line break";
    case '\f': return "a form feed";
    case '\r': return "a carriage return";
    case 0x1B: return "an escape character";
    default: break;
  }
  if (is_control(c)) return fmt::format("the control character U+{:04X}", static_cast<uint32_t>(c));
  std::string utf8;
  text::append_utf8(utf8, c);
  return "'" + utf8 + "'";
}

// `written` with the letters that follow it: the TeX command it ate.
std::string_view tex_word(std::string_view raw, std::string_view written) {
  size_t begin = static_cast<size_t>(written.data() - raw.data());
  size_t end = begin + written.size();
  while (end < raw.size() && std::isalpha(static_cast<unsigned char>(raw[end]))) ++end;
  return raw.substr(begin, end - begin);
}

constexpr std::string_view kHowToWrite =
    "write the field as a literal string ('...' or '''...''') to keep the backslash, or double it";

// Why the control character written as is may not stay, or "".
std::string raw_problem(char32_t c, bool multiline, bool in_math) {
  if (c != '\t') return fmt::format("the field holds {}, which a card cannot show; remove it", char_name(c));
  if (in_math) return "a tab inside math, which TeX reads as a space; write a space";
  if (!multiline)
    return "a tab in a one-line string; write the text in a multi-line string (\"\"\"...\"\"\" or "
           "'''...'''), or write spaces";
  return "";
}

// Why the escape or control character may not stay, or "".
std::string problem(const Escape& escape, std::string_view raw, bool multiline, bool in_math) {
  if (escape.written == "\\\\") return "";
  char32_t c = made_char(escape);
  if (escape.raw()) return raw_problem(c, multiline, in_math);
  if (in_math) {
    std::string_view word = tex_word(raw, escape.written);
    return fmt::format("'{}' inside math is a TOML escape for {}, so the formula loses '{}'; {}: \\{}",
                       escape.written, char_name(c), word, kHowToWrite, word);
  }
  if ((c == '\n' || c == '\t') && !multiline)
    return fmt::format("'{}' in a one-line \"...\" string is a TOML escape for {}; write the text in a "
                       "multi-line string (\"\"\"...\"\"\"), or {}: \\{}",
                       escape.written, char_name(c), kHowToWrite, escape.written);
  if (is_control(c) && c != '\n' && c != '\t')
    return fmt::format("'{}' is a TOML escape for {}, which a field cannot hold; {}: \\{}", escape.written,
                       char_name(c), kHowToWrite, escape.written);
  return "";
}

// The formulas the author meant: the characters escapes made are read as
// letters, as the backslash and letter written were ("$\frac12$" made a
// form feed, a space, after the opening $).
std::vector<text::TextRange> math_as_meant(const std::string& value, const std::vector<Escape>& escapes,
                                           TextFormat format) {
  std::string meant = value;
  for (const Escape& escape : escapes)
    if (escape.written != "\\\\" && !escape.raw()) meant.replace(escape.value_offset, escape.value_length, escape.value_length, 'x');
  return format == TextFormat::html ? text::html_math(meant) : text::markdown_math(meant);
}

// Whether the string written at `raw` holds an escape or a control
// character. Its first closing quote bounds the search: a quote escaped
// before it means a backslash, and the string is read whole.
bool may_change(std::string_view raw) {
  if (!raw.starts_with('"') && !raw.starts_with('\'')) return false;
  std::string_view quote = raw.substr(0, raw.starts_with(std::string(3, raw[0])) ? 3 : 1);
  std::string_view text = raw.substr(0, raw.find(quote, quote.size()));
  for (size_t i = 0; i < text.size(); ++i)
    if ((text[i] == '\\' && quote[0] == '"') || raw_control_length(text.substr(i))) return true;
  return false;
}

}  // namespace

void check_written_string(std::string_view raw, const SourcePos& start, const std::string& value,
                          TextFormat format, Diagnostics& diagnostics) {
  if (!may_change(raw)) return;
  WrittenString string(raw, start);
  // Never a false alarm: a string this reader does not read as toml++ did is left alone.
  if (!string.read() || string.value() != value || string.escapes().empty()) return;
  auto math = math_as_meant(value, string.escapes(), format);
  for (const Escape& escape : string.escapes()) {
    if (escape.written == "\\\\") continue;
    bool in_math = std::any_of(math.begin(), math.end(),
                               [&](const text::TextRange& range) { return range.contains(escape.value_offset); });
    if (auto message = problem(escape, raw, string.multiline(), in_math); !message.empty())
      diagnostics.error(escape.pos, message);
  }
}

std::optional<EscapeError> escape_error(std::string_view description, std::string_view line, SourcePos at) {
  bool about_escape = false;
  for (std::string_view topic : {"escape sequence", "hex digit", "unicode surrogates", "greater than U+10FFFF",
                                 "line-ending backslashes"})
    about_escape |= description.find(topic) != std::string_view::npos;
  if (!about_escape) return std::nullopt;
  size_t end = 0;  // the byte of toml++'s column
  for (int column = 1; end < line.size() && column < at.column; ++column)
    do ++end; while (end < line.size() && is_continuation(line[end]));
  size_t backslash = line.rfind('\\', end);
  if (backslash == std::string_view::npos) return std::nullopt;
  std::string_view written = line.substr(backslash, 2);
  SourcePos pos = advanced({at.path, at.line, 1}, line.substr(0, backslash));
  return EscapeError{pos, fmt::format("'{}' is not a TOML escape, and in a \"...\" string a backslash starts one; "
                                      "{}: \\{}", written, kHowToWrite, written)};
}

}  // namespace deckpress
