#pragma once
// The HTML words text/ writes into fields and the print writer reads back:
// defined here once, so the two never drift apart.
#include <string_view>

namespace deckpress::text {

// <span class="cloze">: a cloze deletion, hidden ("[...]") or revealed.
inline constexpr std::string_view kClozeClass = "cloze";
// On the question side an active deletion keeps its answer in this
// attribute (<span class="cloze" data-cloze="ANSWER">[...]</span>), so that
// a printed sheet can size the blank or list the answers.
inline constexpr std::string_view kClozeAnswerAttribute = "data-cloze";

// <span class="math">: TeX source between Anki's MathJax delimiters.
inline constexpr std::string_view kMathClass = "math";
inline constexpr std::string_view kInlineMathOpen = "\\(";
inline constexpr std::string_view kInlineMathClose = "\\)";
inline constexpr std::string_view kDisplayMathOpen = "\\[";
inline constexpr std::string_view kDisplayMathClose = "\\]";

// The code highlighter styles its tokens with inline CSS only, as
// <span style="color:#rrggbb;font-weight:bold">, which the print writer's
// CSS reader understands like any other inline style.

}  // namespace deckpress::text
