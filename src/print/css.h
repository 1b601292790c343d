#pragma once
// The slice of CSS the sheet understands (docs/printing.md lists the
// properties): colour values, the declarations of a style attribute, and
// the simple rules of a note type's stylesheet, those whose selector is one
// element name or one class (`th`, `.cloze`), or one inside another
// (`pre code`). Rules with other selectors (`.card.nightMode`, `a > b`,
// `#answer`) and at-rules are left out.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "print/units.h"

namespace deckpress::print {

// Calls `visit` with each piece of `text` between delimiters, empty ones too.
template <typename Visit>
void for_each_part(std::string_view text, char delimiter, Visit&& visit) {
  for (;;) {
    size_t end = text.find(delimiter);
    visit(text.substr(0, end));
    if (end == std::string_view::npos) return;
    text.remove_prefix(end + 1);
  }
}

// Without the white space CSS and HTML allow around it.
std::string_view trim_space(std::string_view text);

// A colour as CSS writes it: a name, #rgb, #rrggbb, rgb() or rgba() (a
// translucent colour blended onto white paper). Nothing for "transparent",
// "currentColor" and what is not a colour.
std::optional<Color> parse_css_color(std::string_view value);
std::optional<Color> named_css_color(std::string_view lower_case_name);

struct CssDeclaration {
  std::string property;  // lower-case
  std::string value;     // trimmed, without "!important"
};

// `color: red; font-weight: bold` as declarations, in order.
std::vector<CssDeclaration> parse_declarations(std::string_view block);

// An element as selectors see it: its lower-case name and its class attribute.
struct ElementName {
  std::string_view name;
  std::string_view classes;
};

class Ancestors;

class Stylesheet {
 public:
  Stylesheet() = default;
  explicit Stylesheet(std::string_view css);

  struct Match {
    const CssDeclaration* declaration;
    bool by_class;  // from a rule for one of its classes, not for its name
  };
  // The declarations that apply to `element` inside `ancestors`, in cascade
  // order: rules for its name, then for its classes, those with an ancestor
  // after those without, each in the sheet's order.
  std::vector<Match> matching(const ElementName& element, const Ancestors& ancestors) const;
  std::vector<Match> matching(const ElementName& element) const;  // with no element around it

 private:
  friend class Ancestors;
  // `key` is an element name or ".class"; so is insides_[inside], when the rule has an ancestor.
  struct Rule {
    std::string key;
    std::optional<size_t> inside;
    std::vector<CssDeclaration> declarations;
  };
  void add_rule(std::string_view selectors, std::string_view block);

  std::vector<Rule> rules_;
  std::vector<std::string> insides_;  // each ancestor selector once
};

// The elements open around the next one, as the sheet's descendant rules
// (`pre code`) see them: for each selector such a rule asks of an ancestor,
// how many open elements it picks. Opening and closing an element cost the
// number of those selectors, never the nesting depth, so a field of deeply
// nested tags is styled in linear time.
class Ancestors {
 public:
  explicit Ancestors(const Stylesheet& css) : css_(&css), picked_(css.insides_.size()) {}
  void push(const ElementName& element) { count(element, 1); }
  void pop(const ElementName& element) { count(element, -1); }  // as it was pushed
  // Whether an open element is picked by the sheet's ancestor selector `inside`.
  bool any(size_t inside) const { return picked_[inside] > 0; }

 private:
  void count(const ElementName& element, int change);

  const Stylesheet* css_;
  std::vector<int> picked_;  // by the index of the selector in Stylesheet::insides_
};

}  // namespace deckpress::print
