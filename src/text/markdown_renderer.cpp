#include "text/markdown_renderer.h"

#include <md4c.h>

#include "text/code_highlight.h"
#include "text/html.h"
#include "text/html_vocabulary.h"
#include "text/math.h"
#include "text/md4c_dialect.h"
#include "text/md4c_parse.h"
#include "text/raw_html.h"

namespace deckpress::text {
namespace {

constexpr std::string_view replacement_character = "\uFFFD";  // for NUL, as CommonMark asks

std::string_view piece(const char* text, MD_SIZE size) { return {text, size}; }

// An attribute's text with its entities decoded; escaped again on output.
std::string attribute_text(const MD_ATTRIBUTE& attribute) {
  std::string text;
  if (attribute.size == 0) return text;  // md4c may leave the offsets null then
  for (int i = 0; attribute.substr_offsets[i] < attribute.size; ++i) {
    MD_OFFSET begin = attribute.substr_offsets[i];
    std::string_view part = piece(attribute.text + begin, attribute.substr_offsets[i + 1] - begin);
    switch (attribute.substr_types[i]) {
      case MD_TEXT_ENTITY: text += decode_entities(part); break;
      case MD_TEXT_NULLCHAR: text += replacement_character; break;
      default: text += part;
    }
  }
  return text;
}

const char* alignment(MD_ALIGN align) {
  switch (align) {
    case MD_ALIGN_LEFT: return " align=\"left\"";
    case MD_ALIGN_CENTER: return " align=\"center\"";
    case MD_ALIGN_RIGHT: return " align=\"right\"";
    default: return "";
  }
}

class Renderer {
 public:
  // `source` is what md4c parses: `marked.text`.
  Renderer(const MathMarked& marked, bool allow_html) : marked_(marked), allow_html_(allow_html) {}

  void enter_block(MD_BLOCKTYPE type, void* detail);
  void leave_block(MD_BLOCKTYPE type, void* detail);
  void enter_span(MD_SPANTYPE type, void* detail);
  void leave_span(MD_SPANTYPE type);
  void text(MD_TEXTTYPE type, std::string_view content);
  Html finish();

 private:
  void raw_html(std::string_view content);

  void count_top_level(MD_BLOCKTYPE type);
  void open_code_block(const MD_BLOCK_CODE_DETAIL& detail);
  void close_code_block();
  void open_image(const MD_SPAN_IMG_DETAIL& detail);
  void close_image();
  void append_alt_text(MD_TEXTTYPE type, std::string_view content);
  void open_math(std::string_view delimiter);
  void close_math(std::string_view delimiter);

  const MathMarked& marked_;
  bool allow_html_ = false;
  std::vector<TextProblem> problems_;
  std::vector<std::string> reported_;  // raw HTML tags already reported
  std::string out_;
  int depth_ = 0;  // open blocks, the document included
  int top_level_blocks_ = 0;
  bool first_block_is_paragraph_ = false;
  bool in_code_block_ = false;
  std::string code_;  // highlighted as a whole when the block closes
  std::string code_language_;
  int image_depth_ = 0;  // inside ![...] only the alt text counts
  std::string image_src_;
  std::string image_title_;
  std::string image_alt_;
};

void Renderer::count_top_level(MD_BLOCKTYPE type) {
  if (depth_ != 1) return;
  if (top_level_blocks_++ == 0) first_block_is_paragraph_ = type == MD_BLOCK_P;
}

void Renderer::enter_block(MD_BLOCKTYPE type, void* detail) {
  count_top_level(type);
  ++depth_;
  switch (type) {
    case MD_BLOCK_QUOTE: out_ += "<blockquote>\n"; break;
    case MD_BLOCK_UL: out_ += "<ul>\n"; break;
    case MD_BLOCK_OL: {
      unsigned start = static_cast<MD_BLOCK_OL_DETAIL*>(detail)->start;
      out_ += start == 1 ? "<ol>\n" : "<ol start=\"" + std::to_string(start) + "\">\n";
      break;
    }
    case MD_BLOCK_LI: out_ += "<li>"; break;
    case MD_BLOCK_HR: out_ += "<hr>\n"; break;
    case MD_BLOCK_H:
      out_ += "<h" + std::to_string(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level) + ">";
      break;
    case MD_BLOCK_CODE: open_code_block(*static_cast<MD_BLOCK_CODE_DETAIL*>(detail)); break;
    case MD_BLOCK_P: out_ += "<p>"; break;
    case MD_BLOCK_TABLE: out_ += "<table>\n"; break;
    case MD_BLOCK_THEAD: out_ += "<thead>\n"; break;
    case MD_BLOCK_TBODY: out_ += "<tbody>\n"; break;
    case MD_BLOCK_TR: out_ += "<tr>\n"; break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
      out_ += type == MD_BLOCK_TH ? "<th" : "<td";
      out_ += alignment(static_cast<MD_BLOCK_TD_DETAIL*>(detail)->align);
      out_ += '>';
      break;
    default: break;  // the document and raw HTML blocks have no tags of their own
  }
}

void Renderer::leave_block(MD_BLOCKTYPE type, void* detail) {
  --depth_;
  switch (type) {
    case MD_BLOCK_QUOTE: out_ += "</blockquote>\n"; break;
    case MD_BLOCK_UL: out_ += "</ul>\n"; break;
    case MD_BLOCK_OL: out_ += "</ol>\n"; break;
    case MD_BLOCK_LI: out_ += "</li>\n"; break;
    case MD_BLOCK_H:
      out_ += "</h" + std::to_string(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level) + ">\n";
      break;
    case MD_BLOCK_CODE: close_code_block(); break;
    case MD_BLOCK_P: out_ += "</p>\n"; break;
    case MD_BLOCK_TABLE: out_ += "</table>\n"; break;
    case MD_BLOCK_THEAD: out_ += "</thead>\n"; break;
    case MD_BLOCK_TBODY: out_ += "</tbody>\n"; break;
    case MD_BLOCK_TR: out_ += "</tr>\n"; break;
    case MD_BLOCK_TH: out_ += "</th>\n"; break;
    case MD_BLOCK_TD: out_ += "</td>\n"; break;
    default: break;
  }
}

void Renderer::open_code_block(const MD_BLOCK_CODE_DETAIL& detail) {
  in_code_block_ = true;
  code_.clear();
  code_language_ = attribute_text(detail.lang);
}

void Renderer::close_code_block() {
  in_code_block_ = false;
  if (code_.ends_with('\n')) code_.pop_back();  // the block's last line ending
  out_ += "<pre><code";
  if (!code_language_.empty()) out_ += " class=\"language-" + escape_html(code_language_) + "\"";
  out_ += '>';
  out_ += highlight_code(code_, code_language_);
  out_ += "</code></pre>\n";
}

void Renderer::enter_span(MD_SPANTYPE type, void* detail) {
  if (image_depth_ > 0) {
    image_depth_ += type == MD_SPAN_IMG;
    return;
  }
  switch (type) {
    case MD_SPAN_EM: out_ += "<em>"; break;
    case MD_SPAN_STRONG: out_ += "<strong>"; break;
    case MD_SPAN_A: {
      auto& link = *static_cast<MD_SPAN_A_DETAIL*>(detail);
      out_ += "<a href=\"" + escape_html(attribute_text(link.href)) + "\"";
      std::string title = attribute_text(link.title);
      if (!title.empty()) out_ += " title=\"" + escape_html(title) + "\"";
      out_ += '>';
      break;
    }
    case MD_SPAN_IMG: open_image(*static_cast<MD_SPAN_IMG_DETAIL*>(detail)); break;
    case MD_SPAN_CODE: out_ += "<code>"; break;
    case MD_SPAN_DEL: out_ += "<del>"; break;
    case MD_SPAN_LATEXMATH: open_math(kInlineMathOpen); break;
    case MD_SPAN_LATEXMATH_DISPLAY: open_math(kDisplayMathOpen); break;
    default: break;  // wiki links and underline are not enabled
  }
}

void Renderer::leave_span(MD_SPANTYPE type) {
  if (image_depth_ > 0) {
    image_depth_ -= type == MD_SPAN_IMG;
    if (image_depth_ == 0) close_image();
    return;
  }
  switch (type) {
    case MD_SPAN_EM: out_ += "</em>"; break;
    case MD_SPAN_STRONG: out_ += "</strong>"; break;
    case MD_SPAN_A: out_ += "</a>"; break;
    case MD_SPAN_CODE: out_ += "</code>"; break;
    case MD_SPAN_DEL: out_ += "</del>"; break;
    case MD_SPAN_LATEXMATH: close_math(kInlineMathClose); break;
    case MD_SPAN_LATEXMATH_DISPLAY: close_math(kDisplayMathClose); break;
    default: break;
  }
}

// Anki's MathJax delimiters; the class marks TeX source for the print writer.
void Renderer::open_math(std::string_view delimiter) {
  out_ += "<span class=\"";
  out_ += kMathClass;
  out_ += "\">";
  out_ += delimiter;
}

void Renderer::close_math(std::string_view delimiter) {
  out_ += delimiter;
  out_ += "</span>";
}

void Renderer::open_image(const MD_SPAN_IMG_DETAIL& detail) {
  image_depth_ = 1;
  image_src_ = attribute_text(detail.src);
  image_title_ = attribute_text(detail.title);
  image_alt_.clear();
}

void Renderer::close_image() {
  out_ += "<img src=\"" + escape_html(image_src_) + "\" alt=\"" + escape_html(image_alt_) + "\"";
  if (!image_title_.empty()) out_ += " title=\"" + escape_html(image_title_) + "\"";
  out_ += '>';
}

void Renderer::append_alt_text(MD_TEXTTYPE type, std::string_view content) {
  switch (type) {
    case MD_TEXT_NULLCHAR: image_alt_ += replacement_character; break;
    case MD_TEXT_BR:
    case MD_TEXT_SOFTBR: image_alt_ += ' '; break;
    case MD_TEXT_ENTITY: image_alt_ += decode_entities(content); break;
    default: image_alt_ += content;
  }
}

void Renderer::text(MD_TEXTTYPE type, std::string_view content) {
  if (image_depth_ > 0) {
    append_alt_text(type, content);
    return;
  }
  if (in_code_block_) {
    code_ += type == MD_TEXT_NULLCHAR ? replacement_character : content;
    return;
  }
  switch (type) {
    case MD_TEXT_NULLCHAR: out_ += replacement_character; break;
    case MD_TEXT_BR: out_ += "<br>"; break;
    case MD_TEXT_SOFTBR: out_ += '\n'; break;
    // Known entities become their character; unknown ones show as typed.
    case MD_TEXT_ENTITY: append_escaped_html(out_, decode_entities(content)); break;
    case MD_TEXT_HTML: raw_html(content); break;
    default: append_escaped_html(out_, content);
  }
}

// Raw HTML passes as written when the deck allows it; otherwise only safe
// inline tags do (text/raw_html.h).
void Renderer::raw_html(std::string_view content) {
  if (allow_html_) {
    out_ += content;
    return;
  }
  size_t offset = marked_.original_offset(static_cast<size_t>(content.data() - marked_.text.data()));
  append_raw_html(out_, content, offset, problems_, reported_);
}

Html Renderer::finish() {
  if (top_level_blocks_ == 1 && first_block_is_paragraph_) {
    constexpr std::string_view open = "<p>", close = "</p>\n";
    out_ = out_.substr(open.size(), out_.size() - open.size() - close.size());
  }
  if (out_.ends_with('\n')) out_.pop_back();
  return {std::move(out_), {}, std::move(problems_)};
}

Renderer& renderer(void* userdata) { return *static_cast<Renderer*>(userdata); }

}  // namespace

Html render_markdown(std::string_view markdown, bool allow_html) {
  MD_PARSER parser{};
  parser.flags = kMarkdownFlags;
  parser.enter_block = [](MD_BLOCKTYPE type, void* detail, void* userdata) {
    renderer(userdata).enter_block(type, detail);
    return 0;
  };
  parser.leave_block = [](MD_BLOCKTYPE type, void* detail, void* userdata) {
    renderer(userdata).leave_block(type, detail);
    return 0;
  };
  parser.enter_span = [](MD_SPANTYPE type, void* detail, void* userdata) {
    renderer(userdata).enter_span(type, detail);
    return 0;
  };
  parser.leave_span = [](MD_SPANTYPE type, void*, void* userdata) {
    renderer(userdata).leave_span(type);
    return 0;
  };
  parser.text = [](MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* userdata) {
    renderer(userdata).text(type, piece(text, size));
    return 0;
  };
  // md4c pairs any two $: those that are not math by Pandoc's rule get a
  // backslash.
  const MathMarked marked = mark_math(markdown);
  Renderer html(marked, allow_html);
  // md_parse fails only when memory runs out; show the text as written then.
  if (parse_balanced(marked.text, parser, &html) != 0) {
    return {escape_html(markdown), {}, {}};
  }
  return html.finish();
}

}  // namespace deckpress::text
