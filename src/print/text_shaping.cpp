#include "print/text_shaping.h"

namespace deckpress::print {

bool needs_shaping(char32_t c) {
  return (c >= 0x0590 && c <= 0x08FF) ||  // Hebrew, Arabic, Syriac, Thaana, N'Ko
         (c >= 0x0900 && c <= 0x0FFF) ||  // Indic scripts, Thai, Lao, Tibetan
         (c >= 0x1000 && c <= 0x109F) ||  // Myanmar
         (c >= 0x1780 && c <= 0x18AF) ||  // Khmer, Mongolian
         (c >= 0xA8E0 && c <= 0xA8FF) ||  // Devanagari extended
         (c >= 0xFB1D && c <= 0xFDFF) ||  // Hebrew and Arabic presentation forms
         (c >= 0xFE70 && c <= 0xFEFF) || c > 0xFFFF;
}

namespace {

// Units that get no glyphs: inline objects and forced line breaks.
bool is_glyphless(const TextUnit& unit) { return unit.object >= 0 || unit.code_point == '\n'; }

// The end of the run that starts at `begin`: one face, one level, no object.
size_t run_end(const StyledText& text, size_t begin) {
  size_t end = begin + 1;
  while (end < text.units.size() && !is_glyphless(text.units[end]) && text.units[end].face == text.units[begin].face &&
         text.bidi.levels[end] == text.bidi.levels[begin]) {
    ++end;
  }
  return end;
}

// Each glyph's cluster (its first unit) owns it; a cluster's glyphs are
// next to each other in HarfBuzz's output.
void assign_clusters(StyledText& text, size_t first_glyph) {
  for (size_t g = first_glyph; g < text.glyphs.size(); ++g) {
    auto& cluster = text.clusters[text.glyphs[g].cluster];
    if (cluster.first == cluster.second) cluster.first = static_cast<uint32_t>(g);
    cluster.second = static_cast<uint32_t>(g + 1);
  }
}

// A unit's advance is its glyphs'; a line may not end inside a cluster.
void measure_clusters(StyledText& text, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i) {
    TextUnit& unit = text.units[i];
    auto [first, last] = text.clusters[i];
    double advance = 0;
    for (uint32_t g = first; g < last; ++g) advance += text.glyphs[g].advance;
    unit.advance = advance * text.styles[unit.span].scale;
    if (first == last && i > begin) text.units[i - 1].after = BreakRule::none;
  }
}

// Glyphs replace the PDF library's text for right-to-left runs, characters
// above U+FFFF, faces drawn as outlines, and clusters that are not one
// glyph of one character as the font's character map has it (ligatures,
// marks placed on letters, contextual forms).
void choose_glyph_units(StyledText& text, FontMetrics& metrics) {
  text.as_glyphs.assign(text.units.size(), false);
  for (size_t i = 0; i < text.units.size(); ++i) {
    const TextUnit& unit = text.units[i];
    if (is_glyphless(unit)) continue;
    auto [first, last] = text.clusters[i];
    bool simple = last - first == 1 && text.glyphs[first].x_offset == 0 && text.glyphs[first].y_offset == 0;
    bool inside_cluster = first == last && i > 0 && text.as_glyphs[i - 1];
    text.as_glyphs[i] = (text.bidi.levels[i] & 1) != 0 || unit.code_point > 0xFFFF || metrics.outlined(unit.face) ||
                        (first != last && !simple) || inside_cluster || needs_shaping(unit.code_point);
  }
}

}  // namespace

void shape_text(StyledText& text, std::u32string_view code_points, FontMetrics& metrics, Direction direction) {
  text.shaped = true;
  text.bidi = bidi_levels(code_points, direction);
  text.clusters.assign(text.units.size(), {0, 0});
  text.plain_advances.resize(text.units.size());
  for (size_t i = 0; i < text.units.size(); ++i) {
    const TextUnit& unit = text.units[i];
    FontRole role = role_of(text.styles[unit.span]);
    text.plain_advances[i] = static_cast<float>(metrics.advance(face_of(role), unit.code_point > 0xFFFF ? U' ' : unit.code_point));
  }
  for (size_t begin = 0; begin < text.units.size();) {
    if (is_glyphless(text.units[begin])) {
      ++begin;
      continue;
    }
    size_t end = run_end(text, begin);
    size_t first_glyph = text.glyphs.size();
    metrics.shape(code_points, begin, end, text.units[begin].face, (text.bidi.levels[begin] & 1) != 0, text.glyphs);
    assign_clusters(text, first_glyph);
    measure_clusters(text, begin, end);
    begin = end;
  }
  choose_glyph_units(text, metrics);
}

}  // namespace deckpress::print
