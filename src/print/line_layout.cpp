#include "print/line_layout.h"

#include <algorithm>

#include "print/line_decorations.h"
#include "print/styled_text.h"
#include "text/utf8.h"

namespace deckpress::print {
namespace {

constexpr double kSyntheticBold = 0.035;   // of the size: the stroke that emboldens a face without bold
constexpr double kSyntheticSlant = 0.2;    // the shear that slants a face without italic
constexpr double kMinStretch = 0.1;        // libharu's limits on horizontal scaling
constexpr double kMaxStretch = 3;

double font_size(const LinePlacement& at, const TextStyle& style) { return at.size * style.scale; }
double baseline_of(const LinePlacement& at, const TextStyle& style) { return at.baseline - style.rise * at.size; }

// Synthetic bold and italic, for a fallback face (CJK, scripts) that has neither.
void synthesize(const TextStyle& style, int face, double size, double& skew, double& embolden) {
  if (face < kRoleCount) return;
  if (style.italic) skew = kSyntheticSlant;
  if (style.bold) embolden = kSyntheticBold * size;
}

// Draws a line's units from left to right, gathering runs of one face and
// style into items: text where the PDF library can draw it, glyph outlines
// (with the text invisibly under them) where it cannot.
class LineWriter {
 public:
  LineWriter(const StyledText& text, const LinePlacement& at, double x, std::vector<Item>& items)
      : text_(text), at_(at), pen_(x), decorations_(items), items_(items) {}

  void unit(size_t i) {
    const TextUnit& unit = text_.units[i];
    if (unit.object >= 0) {
      flush();
      object(text_.objects[unit.object], text_.styles[unit.span]);
      pen_ += unit.advance * at_.size;
      return;
    }
    if (unit.code_point == '\n') return;
    bool glyphs = text_.shaped && text_.as_glyphs[i];
    Segment key{glyphs, unit.face, unit.span};
    if (!(key == segment_)) {
      flush();
      segment_ = key;
      start_ = pen_;
    }
    if (glyphs) {
      add_glyphs(i);
      // The PDF library writes characters above U+FFFF as spaces.
      text::append_utf8(text_run_, unit.code_point <= 0xFFFF ? unit.code_point : U' ');
      natural_ += text_.plain_advances[i];
    } else {
      text::append_utf8(text_run_, unit.code_point);
      pen_ += unit.advance * at_.size;
    }
  }

  double pen() const { return pen_; }

  void flush() {
    if (segment_.span < 0) return;
    const TextStyle& style = text_.styles[segment_.span];
    double size = font_size(at_, style);
    double baseline = baseline_of(at_, style);
    decorations_.add(style, start_, pen_, baseline, size);
    if (segment_.glyphs) {
      flush_glyphs(style, size, baseline);
    } else if (text_run_.find_first_not_of(' ') != std::string::npos) {
      TextItem item{start_, baseline, std::move(text_run_), segment_.face, size, style.color};
      synthesize(style, segment_.face, size, item.skew, item.embolden);
      items_.emplace_back(std::move(item));
    }
    text_run_.clear();
    glyphs_.clear();
    natural_ = 0;
    segment_ = Segment{};
  }

  void finish() {
    flush();
    decorations_.finish();
  }

 private:
  struct Segment {
    bool glyphs = false;
    int face = -1;
    int span = -1;
    bool operator==(const Segment&) const = default;
  };

  void add_glyphs(size_t i) {
    const TextStyle& style = text_.styles[text_.units[i].span];
    double size = font_size(at_, style);
    auto [first, last] = text_.clusters[i];
    for (uint32_t g = first; g < last; ++g) {
      const ShapedGlyph& glyph = text_.glyphs[g];
      glyphs_.push_back(PlacedGlyph{glyph.glyph, static_cast<float>(pen_ - start_ + glyph.x_offset * size),
                                    static_cast<float>(-glyph.y_offset * size)});
      pen_ += glyph.advance * size;
    }
  }

  void flush_glyphs(const TextStyle& style, double size, double baseline) {
    if (!glyphs_.empty()) {
      GlyphRunItem run{start_, baseline, segment_.face, size, style.color, std::move(glyphs_)};
      synthesize(style, segment_.face, size, run.skew, run.embolden);
      items_.emplace_back(std::move(run));
    }
    if (natural_ <= 0) return;
    TextItem under{start_, baseline, std::move(text_run_), face_of(role_of(style)), size, style.color, true};
    under.stretch = std::clamp((pen_ - start_) / (natural_ * size), kMinStretch, kMaxStretch);
    items_.emplace_back(std::move(under));
  }

  void object(const InlineObject& object, const TextStyle& style) {
    double baseline = baseline_of(at_, style);
    double size = font_size(at_, style);
    decorations_.add(style, pen_, pen_ + object.width * at_.size, baseline, size);
    if (object.math) {
      double math_size = size * object.math_scale;
      items_.emplace_back(MathItem{pen_, baseline, math_size / 1000, style.color, object.math});
      for (const InlineObject::Text& piece : object.math_texts) {
        for (TextItem& item : one_line_items(*piece.text, pen_ + piece.x * math_size, baseline - piece.y * math_size,
                                             piece.size * math_size, piece.text->styles.front().color)) {
          items_.emplace_back(std::move(item));
        }
      }
    } else if (object.base) {
      ruby(object, baseline, size);
    }
  }

  // The reading sits small and centred above its base.
  void ruby(const InlineObject& object, double baseline, double size) {
    double width = object.width * at_.size;
    LinePlacement base{pen_, width, baseline, size, Align::center};
    emit_line(*object.base, LineRange{0, object.base->units.size(), total_advance(*object.base)}, base, items_);
    double reading_size = size * object.reading_scale;
    double reading_baseline = baseline - kAscent * size - (kLineHeight - kAscent) * reading_size;
    LinePlacement reading{pen_, width, reading_baseline, reading_size, Align::center};
    emit_line(*object.reading, LineRange{0, object.reading->units.size(), total_advance(*object.reading)}, reading,
              items_);
  }

  const StyledText& text_;
  const LinePlacement& at_;
  double pen_;
  Decorations decorations_;
  std::vector<Item>& items_;
  Segment segment_;
  double start_ = 0;
  std::string text_run_;
  std::vector<PlacedGlyph> glyphs_;
  double natural_ = 0;  // the invisible text's own width, em
};

}  // namespace

bool is_right_to_left(const StyledText& text) { return text.shaped && (text.bidi.base & 1) != 0; }

LineBox line_box(const StyledText& text, const LineRange& line) {
  LineBox box;
  if (text.plain) return box;
  for (size_t i = line.begin; i < line.end; ++i) {
    const TextUnit& unit = text.units[i];
    const TextStyle& style = text.styles[unit.span];
    if (unit.object >= 0) {
      box.ascent = std::max(box.ascent, text.objects[unit.object].ascent);
      box.descent = std::max(box.descent, text.objects[unit.object].descent);
    } else {
      box.ascent = std::max(box.ascent, kAscent * style.scale + style.rise);
      box.descent = std::max(box.descent, (kLineHeight - kAscent) * style.scale - style.rise);
    }
  }
  return box;
}

void emit_line(const StyledText& text, const LineRange& line, const LinePlacement& at, std::vector<Item>& items) {
  bool rtl = is_right_to_left(text);
  Align align = at.align == Align::start ? (rtl ? Align::right : Align::left) : at.align;
  double start = at.x + line.indent * at.size;
  double free = at.width - line.indent * at.size - line.width * at.size;
  double x = start + (align == Align::right ? free : align == Align::center ? free / 2 : 0);
  LineWriter writer(text, at, x, items);
  if (!text.shaped) {
    for (size_t i = line.begin; i < line.end; ++i) writer.unit(i);
  } else {
    std::u32string code_points;
    for (size_t i = line.begin; i < line.end; ++i) code_points += text.units[i].code_point;
    std::span<const uint8_t> levels(text.bidi.levels.data() + line.begin, line.end - line.begin);
    for (const BidiRun& run : visual_runs(code_points, levels, text.bidi.base)) {
      for (size_t k = 0; k < run.end - run.begin; ++k) writer.unit(line.begin + (run.rtl ? run.end - 1 - k : run.begin + k));
    }
  }
  writer.finish();
  if (line.broken && !at.code && !rtl) hyphen_mark(text, line, at, writer.pen(), items);
  if (line.continued && at.code) continuation_mark(at, x, items);
}

}  // namespace deckpress::print
