#pragma once
// Field text to Anki field HTML. Markdown (CommonMark, tables, strikethrough,
// $math$) via md4c; fenced code highlighted at build time. docs/markdown.md
// shows what each construct becomes.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace deckpress::text {

// A media file named by a field: an image in Markdown or HTML, or [sound:x].
struct MediaRef {
  std::string target;  // as written by the author, e.g. "img/cat.png"
  size_t offset = 0;   // byte offset of the file name in the source text
};

struct HtmlOptions {
  bool allow_html = false;  // raw HTML passes through instead of being escaped
  // Maps an author's media path to the bare name used in the package. Called
  // once per reference; when empty the target is kept as written.
  std::function<std::string(const MediaRef&)> media_name;
};

// Something in the field the author should know about, shown as written:
// raw HTML that is not passed, for one.
struct TextProblem {
  size_t offset = 0;  // in the source text
  std::string message;
};

struct Html {
  std::string html;
  std::vector<MediaRef> media;  // in the order they appear, repeats included
  std::vector<TextProblem> problems;  // warnings, in order
};

Html markdown_to_html(std::string_view markdown, const HtmlOptions& options);

// For decks written in HTML: finds and renames media references the same way.
Html rewrite_html_media(std::string_view html, const HtmlOptions& options);

}  // namespace deckpress::text
