#pragma once
// The card HTML as the sheet understands it: a list of blocks (paragraphs,
// headings, code, list items, tables, images, rules, display formulas)
// holding styled spans of plain UTF-8 text, inline formulas and ruby.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "print/css.h"
#include "print/units.h"

namespace deckpress::print {

struct TextStyle {
  bool bold = false;
  bool italic = false;
  bool mono = false;
  bool strike = false;
  bool underline = false;
  Color color = kBlack;
  std::optional<Color> background;  // <mark>, background-color
  double scale = 1;  // of the block's font size: <sup>, <small>, font-size
  double rise = 0;   // baseline shift in em of the block's font size (up > 0)
  bool operator==(const TextStyle&) const = default;
};

// Formulas are TeX between Anki's MathJax delimiters, without them.
struct Formula {
  std::string tex;
  bool display = false;
  auto operator<=>(const Formula&) const = default;
};

struct Span {
  std::string text;  // entities decoded, "\n" a forced line break; math: the TeX; ruby: the base
  TextStyle style;
  enum class Kind { text, math, ruby };
  Kind kind = Kind::text;
  std::string reading{};  // ruby: the reading shown small above the base
  bool display = false;  // math: typeset in display style
};

// Where a block's lines go across its column; `start` is left for
// left-to-right text and right for right-to-left text.
enum class Align { start, left, center, right };
enum class Direction { automatic, ltr, rtl };

struct TableCell {
  std::vector<Span> spans;
  int colspan = 1;
  int rowspan = 1;
  bool header = false;
  Align align = Align::start;
  std::optional<Color> background;
};

enum class BlockKind { paragraph, heading, code, list_item, table, image, rule, math };

struct Block {
  BlockKind kind = BlockKind::paragraph;
  std::vector<Span> spans;  // text kinds; math: one span holding the formula
  std::vector<std::vector<TableCell>> rows;  // table
  int level = 0;                             // heading: 1 to 6
  int indent = 0;                            // list nesting depth
  int quote = 0;                             // blockquote nesting depth
  std::string marker;                        // list_item: "•" or "3."
  std::string image;                         // image: the package name of the file
  std::optional<double> image_width;         // image: em of the card's font, when the HTML says
  std::optional<double> image_height;
  Align align = Align::start;
  Direction direction = Direction::automatic;
  bool tight = false;  // no gap above: a <div>'s line, or the text after a display formula
};

// Cloze deletions (<span class="cloze">) are drawn bold in this colour,
// unless the note type's CSS gives them another.
constexpr Color kClozeColor{0.0, 0.3, 0.75};

// Unknown tags are transparent; script and style contents, elements with
// display:none and [sound:...] references are dropped. `css` is the note
// type's stylesheet: its simple rules apply (css.h), `.card` to the whole.
std::vector<Block> parse_rich_text(std::string_view html, const Stylesheet& css = {});

}  // namespace deckpress::print
