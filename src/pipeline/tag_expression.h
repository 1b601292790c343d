#pragma once
// --tags: which notes to print, by their tags. Words are tags (any case,
// `*` matches any run of characters; a tag also matches its subtags, as in
// Anki: `lang` matches `lang::french`), joined by `and` (or nothing), `or`
// (or a comma), negated by `not` (or a leading `-`), grouped by brackets:
//   python and not easy        (python, sql) -basics        lang::fr*
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "deck/source.h"

namespace deckpress::pipeline {

class TagExpression {
 public:
  // Nothing, after an error at `pos`, when `text` is not an expression.
  static std::optional<TagExpression> parse(std::string_view text, const SourcePos& pos, Diagnostics& diagnostics);

  bool matches(const std::vector<std::string>& tags) const;

  struct Node;

 private:
  std::shared_ptr<const Node> root_;
};

// Whether `tag` is matched by `pattern` (a tag with `*` wildcards): itself
// or one of its parents, in any case.
bool tag_matches(std::string_view pattern, std::string_view tag);

}  // namespace deckpress::pipeline
