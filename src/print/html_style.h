#pragma once
// The style an HTML element gives its content: the browser's defaults for
// its tag (<b>, <sup>, <mark>...), then the note type's simple CSS rules,
// then its own attributes and style attribute.
#include <optional>

#include "print/css.h"
#include "print/html_tokens.h"
#include "print/rich_text.h"

namespace deckpress::print {

struct ElementStyle {
  TextStyle text;
  Align align = Align::start;                  // inherited by the blocks inside
  Direction direction = Direction::automatic;  // likewise
  std::optional<Color> block_background;       // a table cell's own background
  bool hidden = false;                         // display:none, <script>, <style>
  bool math = true;                            // formulas are typeset here (not in <pre>, <code>)
};

// What the sheet takes as the card's own style: the `.card` rule. Its
// font-size in pixels is what other pixel sizes are relative to.
struct CardStyle {
  ElementStyle root;
  double font_px = 20;  // Anki's default card font size
};

CardStyle card_style(const Stylesheet& css);

// The style inside `tag`, whose parent's content has `parent`; `ancestors`
// are the elements around it.
ElementStyle element_style(const HtmlToken& tag, const ElementStyle& parent, const Stylesheet& css, double font_px,
                           const Ancestors& ancestors);

}  // namespace deckpress::print
