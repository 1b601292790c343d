#include "text/markdown.h"

#include "text/markdown_renderer.h"
#include "text/media_rename.h"

namespace deckpress::text {
namespace {

// Finds rendered media references in the Markdown they came from. md4c keeps
// no positions for spans, so each target is searched for after the previous.
class SourceSearch {
 public:
  explicit SourceSearch(std::string_view source) : source_(source) {}

  size_t operator()(const std::string& target, size_t) {
    size_t at = source_.find(target, next_);
    if (at == std::string_view::npos) return next_;  // written with escapes
    next_ = at + target.size();
    return at;
  }

 private:
  std::string_view source_;
  size_t next_ = 0;
};

}  // namespace

Html markdown_to_html(std::string_view markdown, const HtmlOptions& options) {
  Html rendered = render_markdown(markdown, options.allow_html);
  Html out = rename_media(rendered.html, options, SourceSearch(markdown));
  out.problems = std::move(rendered.problems);
  return out;
}

}  // namespace deckpress::text
