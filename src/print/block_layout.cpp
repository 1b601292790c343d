#include "print/block_layout.h"
#include "text/utf8.h"

#include <algorithm>

namespace deckpress::print {
namespace {

// Proportions of the base font size.
constexpr double kHeadingScale[] = {1.5, 1.3, 1.15, 1.05, 1.0, 1.0};
constexpr double kCodeScale = 0.85;
constexpr double kTableScale = 0.9;
constexpr double kBlockGap = 0.4;
constexpr double kIndentStep = 1.4;
constexpr double kPadding = 0.35;
constexpr double kImageMaxHeight = 10;  // so that shrinking the text shrinks images too
constexpr double kImagePixel = 0.75;    // at most 96 pixels per inch
constexpr double kStrikeRise = 0.3;

constexpr Color kCodeBackground{0.94, 0.94, 0.96};
constexpr Color kRuleColor{0.6, 0.6, 0.6};

bool is_blank(const std::string& text) { return text.find_first_not_of(" \n") == std::string::npos; }

class Layouter {
 public:
  Layouter(double size, double width, std::vector<Item>* items) : size_(size), width_(width), items_(items) {}

  double run(const std::vector<PreparedBlock>& blocks) {
    for (size_t i = 0; i < blocks.size(); ++i) {
      bool table_continues = i > 0 && blocks[i].kind == BlockKind::table_row &&
                             blocks[i - 1].kind == BlockKind::table_row;
      if (i > 0 && !table_continues) y_ += kBlockGap * size_;
      place(blocks[i]);
    }
    return y_;
  }

 private:
  void place(const PreparedBlock& block) {
    double indent = block.indent * kIndentStep * size_;
    switch (block.kind) {
      case BlockKind::paragraph:
      case BlockKind::list_item:
        place_marker(block, indent);
        y_ += place_text(block.text, size_, indent, width_ - indent, y_);
        break;
      case BlockKind::heading:
        y_ += place_text(block.text, size_ * kHeadingScale[std::clamp(block.level, 1, 6) - 1], indent,
                         width_ - indent, y_);
        break;
      case BlockKind::code:
        place_code(block.text, indent);
        break;
      case BlockKind::table_row:
        place_row(block.cells, indent);
        break;
      case BlockKind::image:
        place_image(block, indent);
        break;
      case BlockKind::rule:
        emit(LineItem{indent, y_ + 0.2 * size_, width_, y_ + 0.2 * size_, 0.5, kRuleColor});
        y_ += 0.4 * size_;
        break;
    }
  }

  void place_marker(const PreparedBlock& block, double indent) {
    if (block.marker.units.empty()) return;
    double marker_width = total_advance(block.marker) * size_;
    place_text(block.marker, size_, std::max(0.0, indent - marker_width - 0.4 * size_), width_, y_);
  }

  void place_code(const StyledText& text, double indent) {
    double font_size = size_ * kCodeScale;
    double padding = kPadding * size_;
    size_t background = items_ ? items_->size() : 0;
    double height =
        place_text(text, font_size, indent + padding, width_ - indent - 2 * padding, y_ + padding) + 2 * padding;
    // The tint goes under the text, so it is inserted before it.
    if (items_) {
      items_->insert(items_->begin() + static_cast<long>(background),
                     BoxItem{Rect{indent, y_, width_ - indent, height}, kCodeBackground, std::nullopt});
    }
    y_ += height;
  }

  void place_row(const std::vector<StyledText>& cells, double indent) {
    double font_size = size_ * kTableScale;
    double padding = kPadding * size_;
    double cell_width = (width_ - indent) / static_cast<double>(std::max<size_t>(cells.size(), 1));
    double row_height = 0;
    for (size_t i = 0; i < cells.size(); ++i) {
      double x = indent + i * cell_width + padding;
      double height = place_text(cells[i], font_size, x, cell_width - 2 * padding, y_ + padding);
      row_height = std::max(row_height, height + 2 * padding);
    }
    for (size_t i = 0; i < cells.size(); ++i) {
      emit(BoxItem{Rect{indent + i * cell_width, y_, cell_width, row_height}, std::nullopt, kRuleColor, 0.4});
    }
    y_ += row_height;
  }

  void place_image(const PreparedBlock& block, double indent) {
    Size pixels = block.image_pixels;
    double available = width_ - indent;
    double scale = std::min({available / pixels.width, kImageMaxHeight * size_ / pixels.height, kImagePixel});
    Rect rect{indent + (available - pixels.width * scale) / 2, y_, pixels.width * scale, pixels.height * scale};
    emit(ImageItem{rect, block.image});
    y_ += rect.height;
  }

  // Returns the height of the lines; draws them with their tops at `top`.
  double place_text(const StyledText& text, double font_size, double x, double width, double top) {
    std::vector<LineRange> lines = break_lines(text.units, width / font_size);
    if (items_) {
      for (size_t i = 0; i < lines.size(); ++i) {
        emit_line(text, lines[i], font_size, x, top + (i * kLineHeight + kAscent) * font_size);
      }
    }
    return static_cast<double>(lines.size()) * kLineHeight * font_size;
  }

  // One text item per stretch of the same face and span.
  void emit_line(const StyledText& text, const LineRange& line, double font_size, double x, double baseline) {
    double pen = x;
    for (size_t i = line.begin; i < line.end;) {
      const TextUnit& first = text.units[i];
      std::string utf8;
      double width = 0;
      for (; i < line.end && text.units[i].face == first.face && text.units[i].span == first.span; ++i) {
        if (text.units[i].code_point != '\n') text::append_utf8(utf8, text.units[i].code_point);
        width += text.units[i].advance * font_size;
      }
      const TextStyle& style = text.styles[first.span];
      if (!is_blank(utf8)) items_->push_back(TextItem{pen, baseline, utf8, first.face, font_size, style.color});
      if (style.strike) {
        double y = baseline - kStrikeRise * font_size;
        items_->push_back(LineItem{pen, y, pen + width, y, font_size / 15, style.color});
      }
      pen += width;
    }
  }

  void emit(Item item) {
    if (items_) items_->push_back(std::move(item));
  }

  double size_;
  double width_;
  std::vector<Item>* items_;
  double y_ = 0;
};

Span placeholder_for(const std::string& image) {
  TextStyle style;
  style.italic = true;
  return Span{"[image: " + image + "]", style};
}

}  // namespace

std::vector<PreparedBlock> prepare_blocks(const std::vector<Block>& blocks, FontMetrics& metrics,
                                          const ImageSizes& images, GlyphProblems& problems) {
  std::vector<PreparedBlock> prepared;
  for (const Block& block : blocks) {
    PreparedBlock out;
    out.kind = block.kind;
    out.level = block.level;
    out.indent = block.indent;
    out.text = prepare_text(block.spans, metrics, problems);
    if (!block.marker.empty()) out.marker = prepare_text({Span{block.marker, {}}}, metrics, problems);
    for (const std::vector<Span>& cell : block.cells) out.cells.push_back(prepare_text(cell, metrics, problems));
    if (block.kind == BlockKind::image) {
      auto found = images.find(block.image);
      if (found == images.end() || found->second.width <= 0 || found->second.height <= 0) {
        out.kind = BlockKind::paragraph;
        out.text = prepare_text({placeholder_for(block.image)}, metrics, problems);
      } else {
        out.image = block.image;
        out.image_pixels = found->second;
      }
    }
    prepared.push_back(std::move(out));
  }
  return prepared;
}

double layout_blocks(const std::vector<PreparedBlock>& blocks, double size, double width,
                     std::vector<Item>* items) {
  return Layouter(size, width, items).run(blocks);
}

}  // namespace deckpress::print
