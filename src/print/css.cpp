#include "print/css.h"

#include <algorithm>
#include <cstdlib>

namespace deckpress::print {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string lower(std::string_view text) {
  std::string result(text);
  for (char& c : result) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return result;
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::optional<Color> parse_hex(std::string_view digits) {
  bool short_form = digits.size() == 3;
  if (!short_form && digits.size() != 6) return std::nullopt;
  double channels[3];
  for (size_t i = 0; i < 3; ++i) {
    int high = hex_digit(digits[short_form ? i : 2 * i]);
    int low = hex_digit(digits[short_form ? i : 2 * i + 1]);
    if (high < 0 || low < 0) return std::nullopt;
    channels[i] = (high * 16 + low) / 255.0;
  }
  return Color{channels[0], channels[1], channels[2]};
}

// A number, or a percentage of `full`.
std::optional<double> parse_channel(std::string_view text, double full) {
  text = trim_space(text);
  if (text.empty()) return std::nullopt;
  std::string copy(text);
  char* end = nullptr;
  double value = std::strtod(copy.c_str(), &end);
  if (end == copy.c_str()) return std::nullopt;
  std::string_view rest(end);
  if (rest == "%") return value / 100 * full;
  if (!rest.empty()) return std::nullopt;
  return value;
}

// rgb(r, g, b) and rgba(r, g, b, a); the modern space-separated form too.
std::optional<Color> parse_rgb(std::string_view arguments) {
  std::vector<std::string_view> parts;
  bool commas = arguments.find(',') != std::string_view::npos;
  std::string normalised(arguments);
  std::replace(normalised.begin(), normalised.end(), '/', commas ? ',' : ' ');
  for_each_part(normalised, commas ? ',' : ' ', [&](std::string_view part) {
    if (!trim_space(part).empty()) parts.push_back(part);
  });
  if (parts.size() != 3 && parts.size() != 4) return std::nullopt;
  double channels[3];
  for (size_t i = 0; i < 3; ++i) {
    auto value = parse_channel(parts[i], 255);
    if (!value) return std::nullopt;
    channels[i] = std::clamp(*value / 255, 0.0, 1.0);
  }
  double alpha = 1;
  if (parts.size() == 4) {
    auto value = parse_channel(parts[3], 1);
    if (!value) return std::nullopt;
    alpha = std::clamp(*value, 0.0, 1.0);
  }
  auto on_paper = [&](double channel) { return channel * alpha + (1 - alpha); };
  return Color{on_paper(channels[0]), on_paper(channels[1]), on_paper(channels[2])};
}

std::string without_comments(std::string_view css) {
  std::string text;
  for (size_t pos = 0; pos < css.size();) {
    size_t start = css.find("/*", pos);
    text += css.substr(pos, start - pos);
    if (start == std::string_view::npos) break;
    size_t end = css.find("*/", start + 2);
    pos = end == std::string_view::npos ? css.size() : end + 2;
  }
  return text;
}

// The end of the block that opens at `open` (a '{'), nesting counted.
size_t block_end(std::string_view css, size_t open) {
  int depth = 0;
  for (size_t pos = open; pos < css.size(); ++pos) {
    if (css[pos] == '{') ++depth;
    if (css[pos] == '}' && --depth == 0) return pos;
  }
  return css.size();
}

bool is_name(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

}  // namespace

std::string_view trim_space(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

std::optional<Color> parse_css_color(std::string_view value) {
  value = trim_space(value);
  if (value.starts_with('#')) return parse_hex(value.substr(1));
  std::string name = lower(value);
  size_t open = name.find('(');
  if (open != std::string::npos && name.ends_with(')')) {
    std::string_view function = trim_space(std::string_view(name).substr(0, open));
    if (function != "rgb" && function != "rgba") return std::nullopt;
    return parse_rgb(std::string_view(name).substr(open + 1, name.size() - open - 2));
  }
  return named_css_color(name);
}

std::vector<CssDeclaration> parse_declarations(std::string_view block) {
  std::vector<CssDeclaration> declarations;
  for_each_part(block, ';', [&](std::string_view declaration) {
    size_t colon = declaration.find(':');
    if (colon == std::string_view::npos) return;
    std::string property = lower(trim_space(declaration.substr(0, colon)));
    std::string_view value = trim_space(declaration.substr(colon + 1));
    size_t important = value.find("!important");
    if (important != std::string_view::npos) value = trim_space(value.substr(0, important));
    if (!property.empty()) declarations.push_back(CssDeclaration{property, std::string(value)});
  });
  return declarations;
}

Stylesheet::Stylesheet(std::string_view css) {
  std::string text = without_comments(css);
  std::string_view rest = text;
  while (!rest.empty()) {
    size_t open = rest.find('{');
    if (open == std::string_view::npos) break;
    size_t close = block_end(rest, open);
    std::string_view selectors = trim_space(rest.substr(0, open));
    // At-rules (@media, @font-face...) are skipped whole.
    if (!selectors.starts_with('@')) add_rule(selectors, rest.substr(open + 1, close - open - 1));
    rest.remove_prefix(std::min(close + 1, rest.size()));
  }
}

void Stylesheet::add_rule(std::string_view selectors, std::string_view block) {
  std::vector<CssDeclaration> declarations = parse_declarations(block);
  for_each_part(selectors, ',', [&](std::string_view selector) {
    std::vector<std::string> parts;
    bool simple = true;
    for_each_part(trim_space(selector), ' ', [&](std::string_view part) {
      if (part.empty()) return;
      bool is_class = part.starts_with('.');
      simple = simple && is_name(is_class ? part.substr(1) : part);
      parts.push_back(is_class ? std::string(part) : lower(part));
    });
    if (!simple || parts.empty() || parts.size() > 2) return;
    std::optional<size_t> inside;
    if (parts.size() == 2) {
      inside = static_cast<size_t>(std::find(insides_.begin(), insides_.end(), parts.front()) - insides_.begin());
      if (*inside == insides_.size()) insides_.push_back(parts.front());
    }
    rules_.push_back(Rule{parts.back(), inside, declarations});
  });
}

namespace {

bool has_class(std::string_view classes, std::string_view name) {
  bool found = false;
  for_each_part(classes, ' ', [&](std::string_view part) { found = found || part == name; });
  return found;
}

// Whether a simple selector (a name or ".class") picks the element.
bool selects(std::string_view selector, const ElementName& element) {
  if (selector.starts_with('.')) return has_class(element.classes, selector.substr(1));
  return selector == element.name;
}

}  // namespace

void Ancestors::count(const ElementName& element, int change) {
  for (size_t inside = 0; inside < css_->insides_.size(); ++inside) {
    if (selects(css_->insides_[inside], element)) picked_[inside] += change;
  }
}

std::vector<Stylesheet::Match> Stylesheet::matching(const ElementName& element) const {
  return matching(element, Ancestors(*this));
}

std::vector<Stylesheet::Match> Stylesheet::matching(const ElementName& element, const Ancestors& ancestors) const {
  std::vector<Match> found;
  // Specificity, roughly: names, then names in names, then classes, then classes in something.
  for (int pass = 0; pass < 4; ++pass) {
    bool classes = pass >= 2;
    bool nested = pass % 2 == 1;
    for (const Rule& rule : rules_) {
      if (rule.key.starts_with('.') != classes || rule.inside.has_value() != nested) continue;
      if (!selects(rule.key, element)) continue;
      if (nested && !ancestors.any(*rule.inside)) continue;
      for (const CssDeclaration& declaration : rule.declarations) found.push_back(Match{&declaration, classes});
    }
  }
  return found;
}

}  // namespace deckpress::print
