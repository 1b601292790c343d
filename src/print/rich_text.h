#pragma once
// The card HTML as the sheet understands it: a list of blocks (paragraphs,
// headings, code, list items, table rows, images, rules) holding styled
// spans of plain UTF-8 text.
#include <string>
#include <string_view>
#include <vector>

#include "print/units.h"

namespace deckpress::print {

struct TextStyle {
  bool bold = false;
  bool italic = false;
  bool mono = false;
  bool strike = false;
  Color color = kBlack;
  bool operator==(const TextStyle&) const = default;
};

struct Span {
  std::string text;  // entities decoded; "\n" is a forced line break
  TextStyle style;
};

enum class BlockKind { paragraph, heading, code, list_item, table_row, image, rule };

struct Block {
  BlockKind kind = BlockKind::paragraph;
  std::vector<Span> spans;               // every kind but table_row, image and rule
  std::vector<std::vector<Span>> cells;  // table_row
  int level = 0;                         // heading: 1 to 6
  int indent = 0;                        // list nesting depth
  std::string marker;                    // list_item: "•" or "3."
  std::string image;                     // image: the package name of the file
};

// Cloze deletions (<span class="cloze">) are drawn bold in this colour.
constexpr Color kClozeColor{0.0, 0.3, 0.75};

// Unknown tags are transparent; script and style contents and [sound:...]
// references are dropped.
std::vector<Block> parse_rich_text(std::string_view html);

}  // namespace deckpress::print
