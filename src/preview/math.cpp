#include "preview/math.h"

#include <filesystem>

#include "preview/preview.h"
#include "text/html.h"

namespace deckpress::preview {

namespace {
constexpr const char* debian_mathjax = "/usr/share/javascript/mathjax/MathJax.js";
}

bool has_math(std::string_view html) {
  return html.find("\\(") != std::string_view::npos || html.find("\\[") != std::string_view::npos;
}

std::string math_support(const std::string& mathjax_url, bool page_has_math) {
  if (!page_has_math) return "";
  if (mathjax_url.empty())
    return "<p class=\"dp-note\">Math is shown as TeX source: install MathJax "
           "(Debian package libjs-mathjax) and rebuild to typeset it.</p>\n";
  // TeX-AMS_HTML reads \( \) and \[ \] as Anki's MathJax set-up does.
  return "<script src=\"" + text::escape_html(mathjax_url) + "?config=TeX-AMS_HTML\"></script>\n";
}

std::string installed_mathjax() {
  return std::filesystem::exists(debian_mathjax) ? file_url(debian_mathjax) : "";
}

}  // namespace deckpress::preview
