#pragma once
// Note type CSS on a page that shows many note types. In Anki each card is
// its own page, so one type's `.card { ... }` never touches another's cards.
// Here each type's CSS sits in an `@scope (.dp-nt-N)` block whose root holds
// only that type's card sides: the browser keeps the rules apart, and the CSS
// is used exactly as written, once per note type.
#include <string>
#include <utility>
#include <vector>

namespace deckpress::preview {

class NoteTypeStyles {
 public:
  // The class of the scope root for cards of the note type, "dp-nt-1" for
  // the first type seen and so on; registers its CSS on first sight.
  std::string scope_class(const std::string& note_type_name, const std::string& css);

  // One <style> element with every registered type's CSS, in order of first sight.
  std::string style_element() const;

 private:
  std::vector<std::pair<std::string, std::string>> types_;  // name, CSS
};

}  // namespace deckpress::preview
