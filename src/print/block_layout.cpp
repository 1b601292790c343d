#include "print/block_layout.h"

#include <algorithm>

#include "print/text_column.h"

namespace deckpress::print {
namespace {

// Proportions of the base font size.
constexpr double kHeadingScale[] = {1.5, 1.3, 1.15, 1.05, 1.0, 1.0};
constexpr double kCodeScale = 0.85;
constexpr double kBlockGap = 0.4;
constexpr double kIndentStep = 1.4;
constexpr double kQuoteStep = 2;  // a browser's blockquote margin (40 px) at Anki's 20 px
constexpr double kMaxInset = 2.0 / 3;  // of the width, for quotes and lists together

constexpr double kPadding = 0.35;
constexpr double kMathMargin = 0.3;
constexpr double kImageMaxHeight = 10;  // so that shrinking the text shrinks images too
constexpr double kImagePixel = 0.75;    // at most 96 pixels per inch

constexpr Color kCodeBackground{0.94, 0.94, 0.96};
constexpr Color kRuleColor{0.6, 0.6, 0.6};

class Layouter {
 public:
  Layouter(double size, double width, std::vector<Item>* items)
      : size_(size), full_width_(width), column_(width), items_(items) {}

  LayoutStats run(const std::vector<PreparedBlock>& blocks) {
    for (size_t i = 0; i < blocks.size(); ++i) {
      if (i > 0 && !blocks[i].tight) y_ += kBlockGap * size_;
      // A quotation is indented on both sides, as browsers do. Deep nesting,
      // which a browser would push past the card's edge, keeps a third of the
      // width for the text: the indents shrink together.
      double quote = blocks[i].quote * kQuoteStep * size_;
      double list = blocks[i].indent * kIndentStep * size_;
      double inset = 2 * quote + list;
      double squeeze = inset > kMaxInset * full_width_ ? kMaxInset * full_width_ / inset : 1;
      column_ = full_width_ - quote * squeeze;
      place(blocks[i], (list + quote) * squeeze);
    }
    stats_.height = y_;
    return stats_;
  }

 private:
  void place(const PreparedBlock& block, double indent) {
    switch (block.kind) {
      case BlockKind::paragraph:
      case BlockKind::list_item:
        place_marker(block, indent);
        text(block.text, size_, indent, block.align, false);
        break;
      case BlockKind::heading:
        text(block.text, size_ * kHeadingScale[std::clamp(block.level, 1, 6) - 1], indent, block.align, false);
        break;
      case BlockKind::code:
        place_code(block.text, indent);
        break;
      case BlockKind::math:
        y_ += kMathMargin * size_;
        text(block.text, size_, indent, Align::center, false);
        y_ += kMathMargin * size_;
        break;
      case BlockKind::table:
        add(place_table(block.table, size_, indent, column_ - indent, y_, block.align, items_));
        break;
      case BlockKind::image:
        place_image(block, indent);
        break;
      case BlockKind::rule:
        emit(LineItem{indent, y_ + 0.2 * size_, column_, y_ + 0.2 * size_, 0.5, kRuleColor});
        y_ += 0.4 * size_;
        break;
    }
  }

  void add(const ColumnResult& result) {
    y_ += result.height;
    stats_.squeezed += result.squeezed;
  }

  void text(const StyledText& text, double size, double indent, Align align, bool code) {
    add(place_text(text, ColumnText{indent, column_ - indent, y_, size, align, code}, items_));
  }

  void place_marker(const PreparedBlock& block, double indent) {
    if (block.marker.units.empty()) return;
    double marker_width = total_advance(block.marker) * size_;
    double x = std::max(0.0, indent - marker_width - 0.4 * size_);
    place_text(block.marker, ColumnText{x, column_ - x, y_, size_}, items_);
  }

  void place_code(const StyledText& code, double indent) {
    double font_size = size_ * kCodeScale;
    double padding = kPadding * size_;
    size_t background = items_ ? items_->size() : 0;
    double top = y_;
    y_ += padding;
    add(place_text(code, ColumnText{indent + padding, column_ - indent - 2 * padding, y_, font_size, Align::left, true},
                   items_));
    y_ += padding;
    // The tint goes under the text, so it is inserted before it.
    if (items_) {
      items_->emplace(items_->begin() + static_cast<long>(background),
                     BoxItem{Rect{indent, top, column_ - indent, y_ - top}, kCodeBackground, std::nullopt});
    }
  }

  // Pixel sizes from the HTML are the card's (em of its font); without
  // them, an image is as large as it is, within limits that shrink with
  // the text.
  void place_image(const PreparedBlock& block, double indent) {
    Size pixels = block.image_pixels;
    double available = column_ - indent;
    double aspect = pixels.height / pixels.width;
    double width = pixels.width * std::min({available / pixels.width, kImageMaxHeight * size_ / pixels.height, kImagePixel});
    if (block.image_width) {
      width = *block.image_width * size_;
    } else if (block.image_height) {
      width = *block.image_height * size_ / aspect;
    }
    double height = block.image_height && block.image_width ? *block.image_height * size_ : width * aspect;
    if (width > available) {
      height *= available / width;
      width = available;
    }
    Align align = block.align == Align::start ? Align::left : block.align;
    double x = indent + (align == Align::center ? (available - width) / 2 : align == Align::right ? available - width : 0);
    emit(ImageItem{Rect{x, y_, width, height}, block.image});
    y_ += height;
  }

  template <typename T>
  void emit(T item) {
    if (items_) items_->emplace_back(std::move(item));
  }

  double size_;
  double full_width_;
  double column_;  // the right edge of the current block's column
  std::vector<Item>* items_;
  double y_ = 0;
  LayoutStats stats_;
};

Span placeholder_for(const std::string& image) {
  TextStyle style;
  style.italic = true;
  return Span{"[image: " + image + "]", style};
}

PreparedBlock prepare_block(const Block& block, FontMetrics& metrics, const ImageSizes& images,
                            GlyphProblems& problems, const TypesetFormulas* math) {
  PreparedBlock out;
  out.kind = block.kind;
  out.level = block.level;
  out.indent = block.indent;
  out.quote = block.quote;
  out.tight = block.tight;
  out.align = block.align;
  out.text = prepare_text(block.spans, metrics, problems, block.direction, math);
  if (!block.marker.empty()) out.marker = prepare_text({Span{block.marker, {}}}, metrics, problems);
  if (block.kind == BlockKind::table) out.table = prepare_table(block.rows, metrics, problems, math);
  if (block.kind == BlockKind::image) {
    auto found = images.find(block.image);
    if (found == images.end() || found->second.width <= 0 || found->second.height <= 0) {
      out.kind = BlockKind::paragraph;
      out.text = prepare_text({placeholder_for(block.image)}, metrics, problems);
    } else {
      out.image = block.image;
      out.image_pixels = found->second;
      out.image_width = block.image_width;
      out.image_height = block.image_height;
    }
  }
  return out;
}

}  // namespace

std::vector<PreparedBlock> prepare_blocks(const std::vector<Block>& blocks, FontMetrics& metrics,
                                          const ImageSizes& images, GlyphProblems& problems,
                                          const TypesetFormulas* math) {
  std::vector<PreparedBlock> prepared;
  prepared.reserve(blocks.size());
  for (const Block& block : blocks) prepared.push_back(prepare_block(block, metrics, images, problems, math));
  return prepared;
}

LayoutStats layout_blocks(const std::vector<PreparedBlock>& blocks, double size, double width,
                          std::vector<Item>* items) {
  return Layouter(size, width, items).run(blocks);
}

}  // namespace deckpress::print
