#pragma once
// What a line draws besides its text: highlights under it, underlines and
// strike-through lines across it, the hyphen of a broken word and the mark
// that a code line goes on.
#include <vector>

#include "print/line_layout.h"
#include "print/page_items.h"

namespace deckpress::print {

// Gathers one line's decorations run by run, joining neighbours of one
// style; highlights go under the line's text.
class Decorations {
 public:
  explicit Decorations(std::vector<Item>& items) : items_(items), first_(items.size()) {}
  void add(const TextStyle& style, double x1, double x2, double baseline, double size);
  void finish();

 private:
  struct Stroke {
    double x1, x2, y, width;
    Color color;
  };
  static void join(std::vector<Stroke>& strokes, Stroke stroke);

  std::vector<Item>& items_;
  size_t first_;
  std::vector<Stroke> backgrounds_;  // y: top, width: height
  std::vector<Stroke> lines_;
};

// The hyphen after a line that ends inside a word.
void hyphen_mark(const StyledText& text, const LineRange& line, const LinePlacement& at, double x,
                 std::vector<Item>& items);

// A small hooked arrow before a wrapped code line's continuation, which starts at `x`.
void continuation_mark(const LinePlacement& at, double x, std::vector<Item>& items);

}  // namespace deckpress::print
