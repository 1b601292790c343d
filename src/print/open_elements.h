#pragma once
// The elements open while parse_rich_text reads a field, the card itself
// outermost. Opening and closing cost no more as they nest deeper, so a
// broken or hostile field of 150,000 nested or stray tags is read in linear
// time: descendant selectors ask Ancestors (css.h) instead of a copy of the
// stack, and a closing tag with no open element of its name is dropped
// without looking through them.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "print/css.h"
#include "print/html_style.h"

namespace deckpress::print {

struct OpenElement {
  std::string name;
  std::string classes;
  ElementStyle style;  // of the element's content
  bool preformatted = false;
};

class OpenElements {
 public:
  OpenElements(const Stylesheet& css, OpenElement card);

  const OpenElement& innermost() const { return stack_.back(); }
  const Ancestors& ancestors() const { return ancestors_; }
  bool only_card() const { return stack_.size() == 1; }

  void open(OpenElement element);
  // How many elements a closing tag `name` ends: the innermost open element
  // of that name and those still open inside it; 0 when none of that name
  // is open (the card itself never closes).
  size_t closed_by(std::string_view name);
  OpenElement close_innermost();

  // The open elements closed_by() has looked at so far, each of them one it
  // ends: the test that keeps closing linear counts them.
  size_t looked_at() const { return looked_at_; }

 private:
  std::vector<OpenElement> stack_;
  Ancestors ancestors_;
  std::unordered_map<std::string, size_t> open_by_name_;  // the card not counted
  size_t looked_at_ = 0;
};

}  // namespace deckpress::print
