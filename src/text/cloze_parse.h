#pragma once
// Field text as a tree of cloze deletions, parsed the way Anki parses it:
// "{{c1::" or "{{c1,2::" opens a deletion, "}}" closes the innermost one,
// the first "::" in the text after its last nested deletion starts its
// hint. A "}}" with nothing open, and an opener never closed, are text.
// So is an opener nested deeper than kMaxClozeDepth, with its "}}": the
// tree, and every walk over it, stays that shallow.
#include <memory>
#include <string_view>
#include <vector>

#include "text/cloze.h"

namespace deckpress::text {

struct Deletion;

// A run of text, or a deletion when `deletion` is set.
struct ClozeSegment {
  std::string_view text;
  std::unique_ptr<Deletion> deletion;
};

struct Deletion {
  size_t offset = 0;         // of its "{{" in the source
  std::vector<int> numbers;  // as written: {{c1,2::...}} gives 1 and 2
  std::vector<ClozeSegment> content;
  std::string_view hint;
  bool has_hint = false;

  bool is_active(int number) const;
};

struct ParsedCloze {
  std::vector<ClozeSegment> segments;
  std::vector<size_t> unclosed;  // offsets of openers that never close
  std::vector<size_t> too_deep;  // offsets of openers kept as text for their depth
};

ParsedCloze parse_cloze(std::string_view text);

// The length of a valid opener ("{{c12::", "{{c1,2::") at text[at], or 0;
// fills `numbers` when there is one.
size_t cloze_opener_length(std::string_view text, size_t at, std::vector<int>* numbers);

}  // namespace deckpress::text
