#include "print/rich_text.h"

#include <optional>

#include "print/html_tokens.h"
#include "text/html.h"

namespace deckpress::print {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool has_class(const HtmlToken& tag, std::string_view name) {
  auto found = tag.attributes.find("class");
  if (found == tag.attributes.end()) return false;
  std::string_view classes = found->second;
  while (!classes.empty()) {
    size_t end = classes.find(' ');
    if (classes.substr(0, end) == name) return true;
    if (end == std::string_view::npos) break;
    classes.remove_prefix(end + 1);
  }
  return false;
}

std::optional<Color> parse_hex_color(std::string_view text) {
  if (!text.starts_with('#') || (text.size() != 7 && text.size() != 4)) return std::nullopt;
  auto digit = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  int channels[3];
  for (int i = 0; i < 3; ++i) {
    int high = digit(text[text.size() == 7 ? 1 + 2 * i : 1 + i]);
    int low = digit(text[text.size() == 7 ? 2 + 2 * i : 1 + i]);
    if (high < 0 || low < 0) return std::nullopt;
    channels[i] = high * 16 + low;
  }
  return Color{channels[0] / 255.0, channels[1] / 255.0, channels[2] / 255.0};
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

// The few inline CSS declarations syntax highlighters emit.
void apply_css(std::string_view css, TextStyle& style) {
  while (!css.empty()) {
    size_t end = css.find(';');
    std::string_view declaration = css.substr(0, end);
    size_t colon = declaration.find(':');
    if (colon != std::string_view::npos) {
      std::string_view property = trim(declaration.substr(0, colon));
      std::string_view value = trim(declaration.substr(colon + 1));
      if (property == "color") style.color = parse_hex_color(value).value_or(style.color);
      if (property == "font-weight") style.bold = value == "bold" || value == "700" || value == "bolder";
      if (property == "font-style") style.italic = value == "italic" || value == "oblique";
    }
    if (end == std::string_view::npos) break;
    css.remove_prefix(end + 1);
  }
}

// The style inside an inline tag, or nothing when the tag does not style.
std::optional<TextStyle> inline_style(const HtmlToken& tag, TextStyle style) {
  const std::string& name = tag.name;
  if (name == "b" || name == "strong" || name == "th") {
    style.bold = true;
  } else if (name == "i" || name == "em") {
    style.italic = true;
  } else if (name == "s" || name == "del" || name == "strike") {
    style.strike = true;
  } else if (name == "code" || name == "kbd" || name == "tt" || name == "pre") {
    style.mono = true;
  } else if (name == "span") {
    if (has_class(tag, "cloze")) {
      style.bold = true;
      style.color = kClozeColor;
    }
    if (has_class(tag, "math")) style.mono = true;
    auto css = tag.attributes.find("style");
    if (css != tag.attributes.end()) apply_css(css->second, style);
  } else if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') {
    style.bold = true;
  } else {
    return std::nullopt;
  }
  return style;
}

std::string drop_sound_references(std::string text) {
  size_t start;
  while ((start = text.find("[sound:")) != std::string::npos) {
    size_t end = text.find(']', start);
    if (end == std::string::npos) break;
    text.erase(start, end - start + 1);
  }
  return text;
}

bool is_void(std::string_view name) {
  return name == "br" || name == "img" || name == "hr" || name == "meta" || name == "input" ||
         name == "wbr" || name == "link";
}

// Walks the tokens once, keeping the open inline styles, lists and the block
// being filled.
class BlockBuilder {
 public:
  void text(std::string_view raw) {
    if (skipping_) return;
    std::string decoded = drop_sound_references(text::decode_entities(raw));
    if (preformatted_) {
      append(decoded);
      return;
    }
    for (char c : decoded) {
      if (!is_space(c)) {
        append(std::string_view(&c, 1));
      } else if (!at_line_start()) {
        append(" ");
      }
    }
  }

  void open(const HtmlToken& tag) {
    const std::string& name = tag.name;
    if (name == "script" || name == "style") skipping_ = true;
    open_block(tag);
    if (is_void(name)) return;
    if (auto style = inline_style(tag, style_now())) styles_.emplace_back(name, *style);
  }

  void close(const std::string& name) {
    if (name == "script" || name == "style") skipping_ = false;
    if (name == "ul" || name == "ol") {
      finish_block();
      if (!lists_.empty()) lists_.pop_back();
    }
    if (name == "pre") preformatted_ = false;
    if (is_block_end(name)) finish_block();
    for (size_t i = styles_.size(); i-- > 0;) {
      if (styles_[i].first == name) {
        styles_.resize(i);
        break;
      }
    }
  }

  std::vector<Block> finish() {
    finish_block();
    return std::move(blocks_);
  }

 private:
  struct List {
    bool ordered = false;
    int next = 1;
  };

  static bool is_block_end(std::string_view name) {
    return name == "p" || name == "div" || name == "li" || name == "pre" || name == "tr" ||
           name == "table" || name == "blockquote" || (name.size() == 2 && name[0] == 'h');
  }

  void open_block(const HtmlToken& tag) {
    const std::string& name = tag.name;
    if (name == "p" || name == "div" || name == "blockquote") {
      if (!(current_.kind == BlockKind::list_item && !has_text())) start_block(BlockKind::paragraph);
    } else if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') {
      start_block(BlockKind::heading);
      current_.level = name[1] - '0';
    } else if (name == "pre") {
      start_block(BlockKind::code);
      preformatted_ = true;
    } else if (name == "ul" || name == "ol") {
      finish_block();
      lists_.push_back(List{name == "ol"});
    } else if (name == "li") {
      open_list_item();
    } else if (name == "tr") {
      start_block(BlockKind::table_row);
    } else if (name == "td" || name == "th") {
      if (current_.kind != BlockKind::table_row) start_block(BlockKind::table_row);
      current_.cells.emplace_back();
    } else if (name == "br") {
      append("\n");
    } else if (name == "hr") {
      start_block(BlockKind::rule);
      finish_block();
    } else if (name == "img") {
      open_image(tag);
    }
  }

  void open_list_item() {
    start_block(BlockKind::list_item);
    if (lists_.empty()) {
      current_.marker = "•";
    } else if (lists_.back().ordered) {
      current_.marker = std::to_string(lists_.back().next++) + ".";
    } else {
      current_.marker = lists_.size() % 2 == 1 ? "•" : "–";
    }
  }

  void open_image(const HtmlToken& tag) {
    auto src = tag.attributes.find("src");
    if (src == tag.attributes.end() || src->second.empty()) return;
    start_block(BlockKind::image);
    current_.image = src->second;
    finish_block();
  }

  TextStyle style_now() const { return styles_.empty() ? TextStyle{} : styles_.back().second; }

  std::vector<Span>& target() {
    if (current_.kind == BlockKind::table_row) {
      if (current_.cells.empty()) current_.cells.emplace_back();
      return current_.cells.back();
    }
    return current_.spans;
  }

  bool has_text() const {
    for (const Span& span : current_.spans) {
      if (!span.text.empty()) return true;
    }
    return !current_.cells.empty();
  }

  bool at_line_start() {
    if (!open_) return true;
    // Looking must not open a cell: whitespace between <tr> and <td> is not one.
    if (current_.kind == BlockKind::table_row && current_.cells.empty()) return true;
    const std::vector<Span>& spans = target();
    if (spans.empty() || spans.back().text.empty()) return true;
    char last = spans.back().text.back();
    return last == ' ' || last == '\n';
  }

  void append(std::string_view text) {
    if (text.empty()) return;
    if (!open_) start_block(BlockKind::paragraph);
    std::vector<Span>& spans = target();
    TextStyle style = style_now();
    if (spans.empty() || !(spans.back().style == style)) spans.push_back(Span{"", style});
    spans.back().text += text;
  }

  void start_block(BlockKind kind) {
    finish_block();
    current_ = Block{};
    current_.kind = kind;
    current_.indent = static_cast<int>(lists_.size());
    open_ = true;
  }

  static void trim_spans(std::vector<Span>& spans) {
    while (!spans.empty()) {
      std::string& text = spans.back().text;
      while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.pop_back();
      if (!text.empty()) break;
      spans.pop_back();
    }
  }

  void finish_block() {
    if (!open_) return;
    open_ = false;
    trim_spans(current_.spans);
    for (std::vector<Span>& cell : current_.cells) trim_spans(cell);
    bool keep = current_.kind == BlockKind::image || current_.kind == BlockKind::rule ||
                !current_.spans.empty() || !current_.cells.empty();
    if (keep) blocks_.push_back(std::move(current_));
    current_ = Block{};
  }

  std::vector<Block> blocks_;
  Block current_;
  bool open_ = false;
  bool preformatted_ = false;
  bool skipping_ = false;
  std::vector<std::pair<std::string, TextStyle>> styles_;
  std::vector<List> lists_;
};

}  // namespace

std::vector<Block> parse_rich_text(std::string_view html) {
  BlockBuilder builder;
  for (const HtmlToken& token : tokenize_html(html)) {
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
