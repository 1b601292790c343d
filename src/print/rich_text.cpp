#include "print/rich_text.h"

#include <charconv>
#include <optional>

#include "print/html_style.h"
#include "print/html_tokens.h"
#include "print/rich_text_builder.h"
#include "text/html.h"
#include "text/html_vocabulary.h"
#include "text/math.h"

namespace deckpress::print {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool is_heading(std::string_view name) {
  return name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6';
}

bool is_void(std::string_view name) {
  for (std::string_view known : {"br", "img", "hr", "meta", "input", "wbr", "link", "col", "area", "source", "base",
                                 "embed", "param", "track"}) {
    if (name == known) return true;
  }
  return false;
}

// Anki shows a play button for each [sound:name] in a card's HTML as
// written (a name of one character or more, tags included, the first "]"
// after it ending the reference); the sheet leaves them out. One pass, as
// Anki reads it: "[sou[sound:a]nd:b]" keeps "[sound:b]" as text, and
// "&#91;sound:a]" is text too. A reference becomes "<!>", which the
// tokenizer drops while keeping what stood on either side apart, as the
// button does: "<[sound:a]b>" is the text "<b>", not a tag. The HTML itself
// when it has none (most cards: no copy), else `kept`.
std::string_view without_sound_references(std::string_view html, std::string& kept) {
  constexpr std::string_view opener = "[sound:";
  size_t start = html.find(opener);
  if (start == std::string_view::npos) return html;
  size_t copied = 0;
  for (; start != std::string_view::npos; start = html.find(opener, copied)) {
    size_t end = html.find(']', start + opener.size() + 1);
    if (end == std::string_view::npos) break;
    kept.append(html.substr(copied, start - copied));
    kept += "<!>";
    copied = end + 1;
  }
  kept.append(html.substr(copied));
  return kept;
}

std::optional<double> pixels(std::string_view value) {
  value = trim_space(value);
  if (value.ends_with("px")) value.remove_suffix(2);
  // Digits and one dot only: "." and "1.2.3" are no size, as in a browser.
  double number = 0;
  if (value.empty() || value.find_first_not_of("0123456789.") != std::string_view::npos) return std::nullopt;
  auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (error != std::errc() || end != value.data() + value.size()) return std::nullopt;
  return number;
}

}  // namespace

BlockBuilder::BlockBuilder(const Stylesheet& css)
    : css_(css), card_(card_style(css)), open_elements_(css, OpenElement{"", "card", card_.root, false}) {}

void BlockBuilder::text(std::string_view raw) {
  const OpenElement& top = open_elements_.innermost();
  if (top.style.hidden) return;
  std::string decoded = text::decode_entities(raw);
  if (top.preformatted) {
    append(decoded);
    return;
  }
  const std::string_view whole(decoded);
  size_t pos = 0;
  for (const text::TextRange& found : top.style.math ? text::html_math(whole) : std::vector<text::TextRange>{}) {
    append_collapsed(whole.substr(pos, found.begin - pos));
    const bool display = whole.substr(found.begin, 2) == text::kDisplayMathOpen;
    add_formula(Formula{std::string(whole.substr(found.begin + 2, found.end - found.begin - 4)), display});
    pos = found.end;
  }
  append_collapsed(whole.substr(pos));
}

void BlockBuilder::open(const HtmlToken& tag) {
  const std::string& name = tag.name;
  if (name == "html" || name == "body" || name == "head") return;
  const OpenElement& parent = open_elements_.innermost();
  ElementStyle style = element_style(tag, parent.style, css_, card_.font_px, open_elements_.ancestors());
  bool hidden = style.hidden;
  bool preformatted = parent.preformatted || name == "pre";
  auto classes = tag.attributes.find("class");
  if (!is_void(name)) {
    open_elements_.open(
        OpenElement{name, classes == tag.attributes.end() ? "" : classes->second, std::move(style), preformatted});
  }
  if (!hidden) open_element(tag);
}

void BlockBuilder::close(const std::string& name) {
  // Elements left open inside end here too, each seeing the style around it.
  for (size_t count = open_elements_.closed_by(name); count > 0; --count) {
    OpenElement closed = open_elements_.close_innermost();
    if (!closed.style.hidden) close_element(closed.name);
  }
}

std::vector<Block> BlockBuilder::finish() {
  while (!open_elements_.only_card()) close(open_elements_.innermost().name);
  finish_block();
  return std::move(blocks_);
}

void BlockBuilder::open_element(const HtmlToken& tag) {
  const std::string& name = tag.name;
  if (table_ && open_in_table(tag)) return;
  if (name == "p" || name == "div" || name == "blockquote" || name == "center") {
    if (name == "blockquote") ++quote_;
    if (!(current_.kind == BlockKind::list_item && !has_text())) start_block(BlockKind::paragraph);
    current_.tight = name == "div";
  } else if (is_heading(name)) {
    start_block(BlockKind::heading);
    current_.level = name[1] - '0';
  } else if (name == "pre") {
    start_block(BlockKind::code);
  } else if (name == "ul" || name == "ol") {
    finish_block();
    auto start = tag.attributes.find("start");
    lists_.push_back(List{name == "ol", start == tag.attributes.end() ? 1 : std::atoi(start->second.c_str())});
  } else if (name == "li") {
    open_list_item();
  } else if (name == "table") {
    start_table();
  } else if (name == "br") {
    append("\n");
  } else if (name == "hr") {
    start_block(BlockKind::rule);
    finish_block();
  } else if (name == "img") {
    open_image(tag);
  } else if (name == "ruby") {
    ruby_.emplace();
  } else if (name == "rt" && ruby_) {
    ruby_->in_reading = true;
  }
}

void BlockBuilder::close_element(const std::string& name) {
  if (table_ && close_in_table(name)) return;
  if (name == "ul" || name == "ol") {
    finish_block();
    if (!lists_.empty()) lists_.pop_back();
  } else if (name == "rt" && ruby_) {
    end_reading();
  } else if (name == "ruby" && ruby_) {
    end_ruby();
  } else if (name == "p" || name == "div" || name == "li" || name == "pre" || name == "blockquote" ||
             name == "center" || is_heading(name)) {
    finish_block();
    if (name == "blockquote" && quote_ > 0) --quote_;
  }
}

void BlockBuilder::open_list_item() {
  start_block(BlockKind::list_item);
  if (lists_.empty()) {
    current_.marker = "•";
  } else if (lists_.back().ordered) {
    current_.marker = std::to_string(lists_.back().next++) + ".";
  } else {
    current_.marker = lists_.size() % 2 == 1 ? "•" : "–";
  }
}

void BlockBuilder::open_image(const HtmlToken& tag) {
  auto src = tag.attributes.find("src");
  if (src == tag.attributes.end() || src->second.empty()) return;
  start_block(BlockKind::image);
  current_.image = src->second;
  // Pixels are the card's: Anki shows a 100-pixel image five times as wide
  // as a 20-pixel font's em.
  auto em = [&](std::string_view value) -> std::optional<double> {
    auto px = pixels(value);
    if (px) return *px / card_.font_px;
    return std::nullopt;
  };
  auto attribute = [&](const char* name) -> std::string_view {
    auto found = tag.attributes.find(name);
    return found == tag.attributes.end() ? std::string_view{} : std::string_view(found->second);
  };
  current_.image_width = em(attribute("width"));
  current_.image_height = em(attribute("height"));
  for (const CssDeclaration& declaration : parse_declarations(attribute("style"))) {
    if (declaration.property == "width") current_.image_width = em(declaration.value);
    if (declaration.property == "height") current_.image_height = em(declaration.value);
  }
  finish_block();
}

void BlockBuilder::add_formula(Formula formula) {
  const TextStyle& style = open_elements_.innermost().style.text;
  if (!formula.display || table_ || ruby_) {
    push_span(Span{std::move(formula.tex), style, Span::Kind::math, "", formula.display});
    return;
  }
  // A display formula is a centred line of its own; the text after it
  // goes on without a gap.
  Block math;
  math.kind = BlockKind::math;
  math.spans.push_back(Span{std::move(formula.tex), style, Span::Kind::math, "", true});
  math.indent = static_cast<int>(lists_.size());
  math.quote = quote_;
  math.align = Align::center;
  BlockKind resumed = open_ ? current_.kind : BlockKind::paragraph;
  finish_block();
  blocks_.push_back(std::move(math));
  if (resumed == BlockKind::list_item) resumed = BlockKind::paragraph;
  resumed_ = resumed;
}

void BlockBuilder::append_collapsed(std::string_view text) {
  std::string collapsed;
  bool space_before = at_line_start();
  for (char c : text) {
    if (!is_space(c)) {
      collapsed += c;
      space_before = false;
    } else if (!space_before) {
      collapsed += ' ';
      space_before = true;
    }
  }
  append(collapsed);
}

void BlockBuilder::append(std::string_view text) {
  if (text.empty()) return;
  if (ruby_) {
    (ruby_->in_reading ? ruby_->reading : ruby_->base) += text;
    return;
  }
  const TextStyle& style = open_elements_.innermost().style.text;
  std::vector<Span>& spans = target();
  if (spans.empty() || spans.back().kind != Span::Kind::text || !(spans.back().style == style)) {
    push_span(Span{"", style});
  }
  target().back().text += text;
}

void BlockBuilder::push_span(Span span) { target().push_back(std::move(span)); }

void BlockBuilder::end_reading() {
  OpenRuby& ruby = *ruby_;
  ruby.in_reading = false;
  if (!ruby.base.empty() || !ruby.reading.empty()) {
    const TextStyle& style = open_elements_.innermost().style.text;
    push_span(Span{std::move(ruby.base), style, Span::Kind::ruby, std::move(ruby.reading)});
  }
  ruby.base.clear();
  ruby.reading.clear();
}

void BlockBuilder::end_ruby() {
  std::string base = std::move(ruby_->base);
  ruby_.reset();
  append(base);
}

std::vector<Span>& BlockBuilder::target() {
  if (table_) return cell_spans();
  if (!open_) start_block(resumed_.value_or(BlockKind::paragraph));
  return current_.spans;
}

bool BlockBuilder::has_text() const {
  for (const Span& span : current_.spans) {
    if (!span.text.empty()) return true;
  }
  return false;
}

bool BlockBuilder::at_line_start() {
  if (ruby_) {
    const std::string& text = ruby_->in_reading ? ruby_->reading : ruby_->base;
    return text.empty() || text.back() == ' ';
  }
  if (table_) return cell_at_line_start();
  return !open_ || at_line_start_of(current_.spans);
}

void BlockBuilder::start_block(BlockKind kind) {
  finish_block();
  current_ = Block{};
  current_.kind = kind;
  current_.indent = static_cast<int>(lists_.size());
  current_.quote = quote_;
  current_.align = open_elements_.innermost().style.align;
  current_.direction = open_elements_.innermost().style.direction;
  current_.tight = resumed_.has_value();
  resumed_.reset();
  open_ = true;
}

bool at_line_start_of(const std::vector<Span>& spans) {
  if (spans.empty()) return true;
  if (spans.back().kind != Span::Kind::text) return false;
  char last = spans.back().text.empty() ? ' ' : spans.back().text.back();
  return last == ' ' || last == '\n';
}

void trim_spans(std::vector<Span>& spans) {
  while (!spans.empty()) {
    if (spans.back().kind != Span::Kind::text) return;
    std::string& text = spans.back().text;
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.pop_back();
    if (!text.empty()) return;
    spans.pop_back();
  }
}

void BlockBuilder::finish_block() {
  if (!open_) return;
  open_ = false;
  // A line that only a <br> made (Anki's "<div><br></div>") stays an empty line.
  bool blank_line = current_.spans.size() == 1 && current_.spans[0].text == "\n";
  if (!blank_line) trim_spans(current_.spans);
  bool keep = current_.kind == BlockKind::image || current_.kind == BlockKind::rule || !current_.spans.empty();
  if (keep) blocks_.push_back(std::move(current_));
  current_ = Block{};
}

std::vector<Block> parse_rich_text(std::string_view html, const Stylesheet& css) {
  BlockBuilder builder(css);
  std::string kept;
  for (const HtmlToken& token : tokenize_html(without_sound_references(html, kept))) {
    switch (token.kind) {
      case HtmlToken::Kind::text:
        builder.text(token.text);
        break;
      case HtmlToken::Kind::open:
        builder.open(token);
        break;
      case HtmlToken::Kind::close:
        builder.close(token.name);
        break;
    }
  }
  return builder.finish();
}

}  // namespace deckpress::print
