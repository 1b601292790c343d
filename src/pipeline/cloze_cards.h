#pragma once
// Cloze cards on paper. Anki's question shows "[...]" where an answer was
// taken out; on a printed card the blank is as wide as its answer, so the
// reader knows how much is missing. Or a note's deletions all go on one
// card, numbered, with their answers listed on the back (`cloze = note`).
// This reads the markup text/cloze.h writes.
#include <string>
#include <string_view>
#include <vector>

namespace deckpress::pipeline {

// The question side with each "[...]" of a deletion made "[_____]", one
// underscore for each character of its answer (3 to 30); a hint stays.
std::string sized_blanks(std::string_view question_html);

// The note's fields with every deletion made one of the first card's, its
// hint numbered: "{{c2::GIL::hint}}" becomes "{{c1::GIL::2: hint}}" and
// "{{c3::lock}}" "{{c1::lock::3: ____}}". The first card then shows every
// deletion blank and every answer on its back.
std::vector<std::string> numbered_deletions(const std::vector<std::string>& fields_html);

// The answers by number, for the back of such a card: "<hr><p>2: GIL<br>3: lock</p>".
std::string answer_key(const std::vector<std::string>& fields_html);

}  // namespace deckpress::pipeline
