#include "preview/note_type_styles.h"

#include <algorithm>

#include "text/ascii.h"

namespace deckpress::preview {

namespace {

std::string class_for(size_t index) { return "dp-nt-" + std::to_string(index + 1); }

// "</style" would end the element early; "<\/style" means the same in CSS.
std::string inside_style_element(const std::string& css) {
  std::string out;
  for (size_t i = 0; i < css.size(); ++i) {
    out += css[i];
    if (css[i] == '<' && text::istarts_with(std::string_view(css).substr(i + 1), "/style"))
      out += '\\';
  }
  return out;
}

}  // namespace

std::string NoteTypeStyles::scope_class(const std::string& note_type_name, const std::string& css) {
  auto known = std::find_if(types_.begin(), types_.end(),
                            [&](const auto& type) { return type.first == note_type_name; });
  if (known != types_.end()) return class_for(static_cast<size_t>(known - types_.begin()));
  types_.emplace_back(note_type_name, css);
  return class_for(types_.size() - 1);
}

std::string NoteTypeStyles::style_element() const {
  std::string out = "<style>\n";
  for (size_t i = 0; i < types_.size(); ++i) {
    out += "@scope (." + class_for(i) + ") {\n" + inside_style_element(types_[i].second) + "\n}\n";
  }
  return out + "</style>\n";
}

}  // namespace deckpress::preview
