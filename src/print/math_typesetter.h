#pragma once
// What the sheet asks of a typesetter: drawings for its formulas. MathJax
// (mathjax.h) is the real one; tests pass their own.
#include <optional>
#include <set>
#include <string>

#include "print/rich_text.h"
#include "print/styled_text.h"

namespace deckpress::print {

struct MathOutcome {
  TypesetFormulas formulas;  // a formula missing here prints as TeX source
  std::optional<std::string> unavailable;  // why some or all could not be typeset
};

class MathTypesetter {
 public:
  virtual ~MathTypesetter() = default;
  // May be called from several threads at once.
  virtual MathOutcome typeset(const std::set<Formula>& formulas) = 0;
};

}  // namespace deckpress::print
