#include "print/html_style.h"

#include <algorithm>
#include <cstdlib>
#include <string>

#include "text/html_vocabulary.h"

namespace deckpress::print {
namespace {

constexpr double kScriptScale = 0.75;  // <sup> and <sub>
constexpr double kSuperRise = 0.35;    // of the parent's size
constexpr double kSubDrop = 0.2;
constexpr Color kLinkColor{0.0, 0.0, 0.93};
constexpr Color kMarkColor{1.0, 1.0, 0.0};
constexpr double kMinScale = 0.3;
constexpr double kMaxScale = 4;

bool is_heading(std::string_view name) {
  return name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6';
}

std::string_view attribute(const HtmlToken& tag, const std::string& name) {
  auto found = tag.attributes.find(name);
  return found == tag.attributes.end() ? std::string_view{} : std::string_view(found->second);
}

bool has_class(const HtmlToken& tag, std::string_view name) {
  bool found = false;
  for_each_part(attribute(tag, "class"), ' ', [&](std::string_view part) { found = found || part == name; });
  return found;
}

void raise(TextStyle& style, bool up) {
  style.rise += (up ? kSuperRise : -kSubDrop) * style.scale;
  style.scale *= kScriptScale;
}

std::optional<Align> parse_align(std::string_view value) {
  if (value == "left") return Align::left;
  if (value == "right" || value == "end") return Align::right;
  if (value == "center" || value == "middle") return Align::center;
  if (value == "start" || value == "justify") return Align::start;
  return std::nullopt;
}

std::optional<Direction> parse_direction(std::string_view value) {
  if (value == "rtl") return Direction::rtl;
  if (value == "ltr") return Direction::ltr;
  if (value == "auto") return Direction::automatic;
  return std::nullopt;
}

std::optional<double> number_with_unit(std::string_view value, std::string_view unit) {
  if (!value.ends_with(unit)) return std::nullopt;
  std::string digits(value.substr(0, value.size() - unit.size()));
  char* end = nullptr;
  double number = std::strtod(digits.c_str(), &end);
  if (digits.empty() || *end != '\0') return std::nullopt;
  return number;
}

// A font-size as a multiple of the parent's.
std::optional<double> relative_size(std::string_view value, double parent_scale, double font_px) {
  static const std::pair<std::string_view, double> keywords[] = {
      {"xx-small", 0.6}, {"x-small", 0.75}, {"small", 0.89}, {"medium", 1}, {"large", 1.2}, {"x-large", 1.5},
      {"xx-large", 2}};
  for (auto [keyword, scale] : keywords) {
    if (value == keyword) return scale / parent_scale;
  }
  if (value == "smaller") return 1 / 1.2;
  if (value == "larger") return 1.2;
  if (auto em = number_with_unit(value, "em")) return *em;
  if (auto rem = number_with_unit(value, "rem")) return *rem / parent_scale;
  if (auto percent = number_with_unit(value, "%")) return *percent / 100;
  if (auto px = number_with_unit(value, "px")) return *px / font_px / parent_scale;
  if (auto pt = number_with_unit(value, "pt")) return *pt / 0.75 / font_px / parent_scale;
  return std::nullopt;
}

bool is_bold_weight(std::string_view value) {
  return value == "bold" || value == "bolder" || (value.size() == 3 && value >= "600" && value <= "900");
}

void apply_decoration(std::string_view value, TextStyle& text) {
  if (value.find("none") != std::string_view::npos) text.underline = text.strike = false;
  if (value.find("underline") != std::string_view::npos) text.underline = true;
  if (value.find("line-through") != std::string_view::npos) text.strike = true;
}

// One declaration; `font_size` only where sizes are honoured.
void apply(const CssDeclaration& declaration, ElementStyle& style, bool inline_element, bool font_size,
           double font_px) {
  const std::string& property = declaration.property;
  std::string_view value = declaration.value;
  TextStyle& text = style.text;
  if (property == "color") {
    text.color = parse_css_color(value).value_or(text.color);
  } else if (property == "background-color" || property == "background") {
    std::optional<Color> color = parse_css_color(value);
    (inline_element ? text.background : style.block_background) = color;
  } else if (property == "font-weight") {
    text.bold = is_bold_weight(value);
  } else if (property == "font-style") {
    text.italic = value == "italic" || value == "oblique";
  } else if (property == "font-family") {
    text.mono = text.mono || value.find("monospace") != std::string_view::npos;
  } else if (property == "text-decoration" || property == "text-decoration-line") {
    apply_decoration(value, text);
  } else if (property == "vertical-align" && (value == "super" || value == "sub")) {
    raise(text, value == "super");
  } else if (property == "font-size" && font_size) {
    if (auto scale = relative_size(value, text.scale, font_px)) text.scale = std::clamp(text.scale * *scale, kMinScale, kMaxScale);
  } else if (property == "text-align") {
    style.align = parse_align(value).value_or(style.align);
  } else if (property == "direction") {
    style.direction = parse_direction(value).value_or(style.direction);
  } else if (property == "display" || property == "visibility") {
    style.hidden = style.hidden || value == "none" || value == "hidden";
  }
}

bool is_inline(std::string_view name) {
  return !(name == "td" || name == "th" || name == "tr" || name == "table" || name == "div" || name == "p" ||
           name == "li" || name == "blockquote" || is_heading(name));
}

// The browser's defaults for the tag.
void apply_tag(const HtmlToken& tag, ElementStyle& style) {
  const std::string& name = tag.name;
  TextStyle& text = style.text;
  if (name == "b" || name == "strong" || name == "th" || is_heading(name)) text.bold = true;
  if (name == "i" || name == "em" || name == "cite" || name == "var" || name == "dfn") text.italic = true;
  if (name == "u" || name == "ins") text.underline = true;
  if (name == "s" || name == "del" || name == "strike") text.strike = true;
  if (name == "code" || name == "kbd" || name == "tt" || name == "samp" || name == "pre") {
    text.mono = true;
    style.math = false;
  }
  if (name == "sup" || name == "sub") raise(text, name == "sup");
  if (name == "small") text.scale *= 1 / 1.2;
  if (name == "big") text.scale *= 1.2;
  if (name == "mark") text.background = kMarkColor;
  if (name == "center") style.align = Align::center;
  if (name == "script" || name == "style" || name == "textarea" || name == "rp") style.hidden = true;
  if (name == "a" && !attribute(tag, "href").empty()) {
    text.color = kLinkColor;
    text.underline = true;
  }
  if (name == "span" && has_class(tag, text::kClozeClass)) {
    text.bold = true;
    text.color = kClozeColor;
  }
}

// Presentational attributes (align, dir, <font color>), which CSS overrides.
void apply_attributes(const HtmlToken& tag, ElementStyle& style) {
  if (auto align = parse_align(attribute(tag, "align"))) style.align = *align;
  if (auto direction = parse_direction(attribute(tag, "dir"))) style.direction = *direction;
  if (tag.name == "font") style.text.color = parse_css_color(attribute(tag, "color")).value_or(style.text.color);
  if (tag.name == "td" || tag.name == "th") style.block_background = parse_css_color(attribute(tag, "bgcolor"));
}

}  // namespace

CardStyle card_style(const Stylesheet& css) {
  CardStyle card;
  for (const Stylesheet::Match& match : css.matching(ElementName{"", "card"})) {
    const CssDeclaration& declaration = *match.declaration;
    if (declaration.property == "font-size") {
      if (auto px = number_with_unit(declaration.value, "px")) card.font_px = std::max(*px, 1.0);
    }
    apply(declaration, card.root, false, false, card.font_px);
  }
  card.root.block_background.reset();
  return card;
}

ElementStyle element_style(const HtmlToken& tag, const ElementStyle& parent, const Stylesheet& css, double font_px,
                           const Ancestors& ancestors) {
  ElementStyle style = parent;
  style.block_background.reset();
  apply_tag(tag, style);
  apply_attributes(tag, style);
  bool inline_element = is_inline(tag.name);
  // Sizes from rules for element names are left out: the sheet's own
  // proportions for code and headings stand in for them.
  for (const Stylesheet::Match& match : css.matching(ElementName{tag.name, attribute(tag, "class")}, ancestors)) {
    apply(*match.declaration, style, inline_element, match.by_class, font_px);
  }
  for (const CssDeclaration& declaration : parse_declarations(attribute(tag, "style"))) {
    apply(declaration, style, inline_element, true, font_px);
  }
  return style;
}

}  // namespace deckpress::print
