#pragma once
// Math in cards is TeX between \( \) or \[ \], which Anki typesets with
// MathJax; the page does the same when MathJax is available.
#include <string>
#include <string_view>

namespace deckpress::preview {

bool has_math(std::string_view html);

// What the page needs for its math: the MathJax script when `mathjax_url` is
// set, else a one-line note that math is shown as source. Empty without math.
std::string math_support(const std::string& mathjax_url, bool page_has_math);

}  // namespace deckpress::preview
