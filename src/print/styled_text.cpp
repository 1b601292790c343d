#include "print/styled_text.h"

#include <algorithm>

#include "print/line_layout.h"
#include "print/text_shaping.h"
#include "text/html_vocabulary.h"
#include "text/utf8.h"

namespace deckpress::print {
namespace {

constexpr char32_t kObjectReplacement = 0xFFFC;
constexpr double kRubyScale = 0.5;

// Invisible format characters (joiners, variation selectors, marks of
// direction) that no font need have.
bool is_default_ignorable(char32_t c) {
  return c == 0x00AD || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2060 && c <= 0x206F) || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF ||
         (c >= 0xE0100 && c <= 0xE01EF);
}

void note(std::u32string& list, char32_t c) {
  if (list.find(c) == std::u32string::npos) list += c;
}

// The spans as one string (so breaks see across style changes), with the
// span and inline object of each code point. Tabs become spaces.
class Joiner {
 public:
  Joiner(StyledText& text, FontMetrics& metrics, GlyphProblems& problems, const TypesetFormulas* math)
      : text_(text), metrics_(metrics), problems_(problems), math_(math) {}

  void add(const Span& span) {
    switch (span.kind) {
      case Span::Kind::text:
        add_text(span.text, span.style);
        break;
      case Span::Kind::math:
        add_math(span);
        break;
      case Span::Kind::ruby:
        add_object(ruby_object(span), span.style);
        break;
    }
  }

  std::u32string code_points;
  std::vector<int> span_of;
  std::vector<int> object_of;

 private:
  void add_text(const std::string& utf8, const TextStyle& style) {
    int span = style_index(style);
    for (char32_t c : text::decode_utf8(utf8)) {
      bool tab = c == '\t';
      code_points.append(tab ? 4 : 1, tab ? U' ' : c);
      span_of.insert(span_of.end(), tab ? 4 : 1, span);
      object_of.insert(object_of.end(), tab ? 4 : 1, -1);
    }
  }

  void add_math(const Span& span) {
    const TypesetFormula* typeset = nullptr;
    if (math_) {
      auto found = math_->find(Formula{span.text, span.display});
      if (found != math_->end()) typeset = &found->second;
    }
    if (typeset && typeset->drawing) {
      add_object(math_object(typeset->drawing, span.style), span.style);
      return;
    }
    std::string source = std::string(span.display ? text::kDisplayMathOpen : text::kInlineMathOpen) + span.text +
                         std::string(span.display ? text::kDisplayMathClose : text::kInlineMathClose);
    if (typeset) problems_.math.push_back(source + ": " + typeset->error);
    TextStyle mono = span.style;
    mono.mono = true;
    add_text(source, mono);
  }

  void add_object(InlineObject object, const TextStyle& style) {
    object.width *= style.scale;
    object.ascent = object.ascent * style.scale + style.rise;
    object.descent = object.descent * style.scale - style.rise;
    text_.objects.push_back(std::move(object));
    code_points += kObjectReplacement;
    span_of.push_back(style_index(style));
    object_of.push_back(static_cast<int>(text_.objects.size()) - 1);
  }

  InlineObject math_object(const std::shared_ptr<const MathDrawing>& drawing, const TextStyle& style) {
    InlineObject object;
    object.math = drawing;
    object.math_scale = kMathScale;
    object.width = drawing->width * kMathScale;
    object.ascent = drawing->height * kMathScale;
    object.descent = drawing->depth * kMathScale;
    for (const MathText& piece : drawing->texts) {
      TextStyle piece_style = style;
      piece_style.bold = piece.bold;
      piece_style.italic = piece.italic;
      piece_style.scale = 1;
      piece_style.rise = 0;
      piece_style.color = piece.color.value_or(style.color);
      auto prepared = std::make_shared<StyledText>(prepare_text({Span{piece.text, piece_style}}, metrics_, problems_));
      object.math_texts.push_back(InlineObject::Text{piece.x / 1000, piece.y / 1000, piece.size / 1000, prepared});
    }
    return object;
  }

  InlineObject ruby_object(const Span& span) {
    TextStyle base_style = span.style;
    base_style.scale = 1;
    base_style.rise = 0;
    InlineObject object;
    object.base = std::make_shared<StyledText>(prepare_text({Span{span.text, base_style}}, metrics_, problems_));
    object.reading =
        std::make_shared<StyledText>(prepare_text({Span{span.reading, base_style}}, metrics_, problems_));
    object.reading_scale = kRubyScale;
    object.width = std::max(total_advance(*object.base), kRubyScale * total_advance(*object.reading));
    object.ascent = kAscent + kRubyScale * kLineHeight;
    object.descent = kLineHeight - kAscent;
    return object;
  }

  int style_index(const TextStyle& style) {
    if (text_.styles.empty() || !(text_.styles.back() == style)) text_.styles.push_back(style);
    return static_cast<int>(text_.styles.size()) - 1;
  }

  StyledText& text_;
  FontMetrics& metrics_;
  GlyphProblems& problems_;
  const TypesetFormulas* math_;
};

bool is_plain(const StyledText& text) {
  return text.objects.empty() && std::all_of(text.styles.begin(), text.styles.end(), [](const TextStyle& style) {
           return style.scale == 1 && style.rise == 0;
         });
}

}  // namespace

StyledText prepare_text(const std::vector<Span>& spans, FontMetrics& metrics, GlyphProblems& problems,
                        Direction direction, const TypesetFormulas* math) {
  StyledText text;
  Joiner joined(text, metrics, problems, math);
  for (const Span& span : spans) joined.add(span);
  const std::u32string& code_points = joined.code_points;
  std::vector<BreakRule> rules = find_breaks(code_points);
  text.units.reserve(code_points.size());
  bool shaping = direction == Direction::rtl;
  for (size_t i = 0; i < code_points.size(); ++i) {
    char32_t c = code_points[i];
    int object = joined.object_of[i];
    const TextStyle& style = text.styles[joined.span_of[i]];
    FontRole role = role_of(style);
    GlyphChoice glyph = object >= 0 ? GlyphChoice{face_of(role), 0} : metrics.choose(role, c);
    if (!glyph.face && c >= 0x20 && !is_default_ignorable(c)) note(problems.missing, c);
    int drawn_by = glyph.face.value_or(face_of(role));
    double advance = object >= 0 ? text.objects[object].width : c == '\n' ? 0 : glyph.advance * style.scale;
    text.units.push_back(TextUnit{c, advance, rules[i], drawn_by, joined.span_of[i], object});
    shaping = shaping || (object < 0 && (needs_shaping(c) || metrics.outlined(drawn_by)));
  }
  text.plain = is_plain(text);
  if (shaping) shape_text(text, code_points, metrics, direction);
  return text;
}

double total_advance(const StyledText& text) {
  double width = 0;
  for (const TextUnit& unit : text.units) width += unit.advance;
  return width;
}

std::vector<TextItem> one_line_items(const StyledText& text, double x, double baseline, double size,
                                     Color color) {
  std::vector<TextItem> items;
  int face = -1;
  for (const TextUnit& unit : text.units) {
    if (unit.face != face) {
      items.push_back(TextItem{x, baseline, "", unit.face, size, color});
      face = unit.face;
    }
    text::append_utf8(items.back().text, unit.code_point);
    x += unit.advance * size;
  }
  return items;
}

}  // namespace deckpress::print
