#include "print/open_elements.h"

namespace deckpress::print {

OpenElements::OpenElements(const Stylesheet& css, OpenElement card) : ancestors_(css) {
  ancestors_.push(ElementName{card.name, card.classes});
  stack_.push_back(std::move(card));
}

void OpenElements::open(OpenElement element) {
  ++open_by_name_[element.name];
  stack_.push_back(std::move(element));
  const OpenElement& pushed = stack_.back();
  ancestors_.push(ElementName{pushed.name, pushed.classes});
}

size_t OpenElements::closed_by(std::string_view name) {
  auto open = open_by_name_.find(std::string(name));
  if (open == open_by_name_.end() || open->second == 0) return 0;
  // One of that name is open, so the look down the stack stops at it.
  size_t count = 1;
  while (stack_[stack_.size() - count].name != name) ++count;
  looked_at_ += count;
  return count;
}

OpenElement OpenElements::close_innermost() {
  OpenElement element = std::move(stack_.back());
  stack_.pop_back();
  ancestors_.pop(ElementName{element.name, element.classes});
  --open_by_name_[element.name];
  return element;
}

}  // namespace deckpress::print
