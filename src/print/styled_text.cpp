#include "print/styled_text.h"
#include "text/utf8.h"

namespace deckpress::print {
namespace {

bool needs_shaping(char32_t c) {
  return (c >= 0x0590 && c <= 0x08FF) ||  // Hebrew, Arabic, Syriac, Thaana, N'Ko
         (c >= 0x0900 && c <= 0x0FFF) ||  // Indic scripts, Thai, Lao, Tibetan
         (c >= 0x1000 && c <= 0x109F) ||  // Myanmar
         (c >= 0x1780 && c <= 0x18AF) ||  // Khmer, Mongolian
         (c >= 0xFB1D && c <= 0xFDFF) ||  // Hebrew and Arabic presentation forms
         (c >= 0xFE70 && c <= 0xFEFF);
}

void note(std::u32string& list, char32_t c) {
  if (list.find(c) == std::u32string::npos) list += c;
}

// The spans as one string (so breaks see across style changes), with the
// span of each code point. Tabs become spaces; astral characters are left
// out because libharu would draw them as spaces.
std::u32string join_spans(const std::vector<Span>& spans, std::vector<int>& span_of, GlyphProblems& problems) {
  std::u32string joined;
  for (size_t index = 0; index < spans.size(); ++index) {
    for (char32_t c : text::decode_utf8(spans[index].text)) {
      if (c > 0xFFFF) {
        note(problems.astral, c);
        continue;
      }
      bool tab = c == '\t';
      joined.append(tab ? 4 : 1, tab ? U' ' : c);
      span_of.insert(span_of.end(), tab ? 4 : 1, static_cast<int>(index));
    }
  }
  return joined;
}

}  // namespace

StyledText prepare_text(const std::vector<Span>& spans, FontMetrics& metrics, GlyphProblems& problems) {
  StyledText text;
  for (const Span& span : spans) text.styles.push_back(span.style);
  std::vector<int> span_of;
  std::u32string code_points = join_spans(spans, span_of, problems);
  std::vector<BreakRule> rules = find_breaks(code_points);
  text.units.reserve(code_points.size());
  for (size_t i = 0; i < code_points.size(); ++i) {
    char32_t c = code_points[i];
    FontRole role = role_of(text.styles[span_of[i]]);
    GlyphChoice glyph = metrics.choose(role, c);
    if (needs_shaping(c)) note(problems.unshaped, c);
    else if (!glyph.face && c >= 0x20) note(problems.missing, c);
    int drawn_by = glyph.face.value_or(face_of(role));
    double advance = c == '\n' ? 0 : glyph.advance;
    text.units.push_back(TextUnit{c, advance, rules[i], drawn_by, span_of[i]});
  }
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
