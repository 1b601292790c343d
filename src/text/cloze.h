#pragma once
// Anki cloze deletions: {{c1::answer}}, {{c2::answer::hint}}, {{c1,2::x}},
// nested deletions.
#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace deckpress::text {

// Anki makes a card for each cloze number up to this one; any larger number
// makes the card of this one, which then hides nothing of it.
inline constexpr int kMaxClozeNumber = 500;

// Deletions nest at most this deep; a deeper one is text, with its "}}".
inline constexpr size_t kMaxClozeDepth = 100;

// Every cloze number (>= 1) used in the text; c0 is ignored as Anki does.
std::set<int> cloze_numbers(std::string_view text);

// The cloze filter for card `number` (1-based): on the question side the
// active deletion becomes <span class="cloze" data-cloze="ANSWER">[...]</span>
// (or [hint]), on the answer side <span class="cloze">answer</span>; other
// deletions show their text. Malformed markup is kept as text.
std::string render_cloze(std::string_view html, int number, bool answer_side);

// Only the text of the active deletions ({{cloze-only:}}), joined by ", ".
std::string render_cloze_only(std::string_view html, int number);

struct ClozeProblem {
  size_t offset = 0;  // byte offset in the source text
  std::string message;
};

// Deletions Anki would not read as meant: unclosed "{{c1::", no number
// ("{{c::x}}", "{{cx::x}}"), c0, a number beyond kMaxClozeNumber, an empty
// answer, nesting beyond kMaxClozeDepth (once). Ordered by offset.
std::vector<ClozeProblem> check_cloze_syntax(std::string_view text);

}  // namespace deckpress::text
