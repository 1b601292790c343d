#include "print/glyph_lookup.h"

#include <algorithm>
#include <cstddef>
#include <vector>

#include <hpdf_doc.h>
#include <hpdf_fontdef.h>
#include <hpdf_mmgr.h>

namespace deckpress::print {
namespace {

static_assert(HPDF_VERSION_ID == 20300, "glyph_lookup.cpp rewrites libharu 2.3.0's cmap records");

constexpr size_t kCodePoints = 0x10000;

// HPDF_TTFontDef_GetGlyphid's rule for format 4 once the segment is found:
// the first whose end is not below `c`.
HPDF_UINT16 glyph_of(const HPDF_TTF_CmapRange& cmap, size_t i, HPDF_UINT16 c) {
  size_t segments = cmap.seg_count_x2 / 2u;
  if (i == segments || cmap.start_count[i] > c) return 0;
  if (cmap.id_range_offset[i] == 0) return static_cast<HPDF_UINT16>(c + cmap.id_delta[i]);
  size_t index = cmap.id_range_offset[i] / 2u + (c - cmap.start_count[i]) - (segments - i);
  if (index >= cmap.glyph_id_array_count) return 0;
  return static_cast<HPDF_UINT16>(cmap.glyph_id_array[index] + cmap.id_delta[i]);
}

// The glyph of every BMP code point. The ends are sorted, so one pass
// over code points and segments together finds each one's segment.
std::vector<HPDF_UINT16> all_glyphs(const HPDF_TTF_CmapRange& cmap) {
  size_t segments = cmap.seg_count_x2 / 2u;
  std::vector<HPDF_UINT16> glyphs(kCodePoints);
  size_t i = 0;
  for (size_t c = 0; c < kCodePoints; ++c) {
    while (i < segments && cmap.end_count[i] < c) ++i;
    glyphs[c] = glyph_of(cmap, i, static_cast<HPDF_UINT16>(c));
  }
  return glyphs;
}

template <typename T>
T* allocate(HPDF_MMgr mmgr, size_t count) {
  return static_cast<T*>(HPDF_GetMem(mmgr, static_cast<HPDF_UINT>(sizeof(T) * count)));
}

template <typename T>
void release(HPDF_MMgr mmgr, T* memory) {
  if (memory) HPDF_FreeMem(mmgr, memory);
}

}  // namespace

void flatten_glyph_lookup(HPDF_Doc doc, const char* font_name) {
  HPDF_FontDef def = font_name ? HPDF_Doc_FindFontDef(doc, font_name) : nullptr;
  if (!def || def->type != HPDF_FONTDEF_TYPE_TRUETYPE) return;
  HPDF_TTF_CmapRange& cmap = static_cast<HPDF_TTFontDefAttr>(def->attr)->cmap;
  size_t segments = cmap.seg_count_x2 / 2u;
  if (cmap.format != 4 || segments == 0 || !std::is_sorted(cmap.end_count, cmap.end_count + segments)) return;

  // Segment 0 covers U+0000..U+FFFE through the table (offset 4 makes the
  // table index the code point); segment 1 is U+FFFF, by its delta.
  HPDF_MMgr mmgr = def->mmgr;
  auto* glyphs = allocate<HPDF_UINT16>(mmgr, kCodePoints - 1);
  auto* ends = allocate<HPDF_UINT16>(mmgr, 2);
  auto* starts = allocate<HPDF_UINT16>(mmgr, 2);
  auto* deltas = allocate<HPDF_INT16>(mmgr, 2);
  auto* offsets = allocate<HPDF_UINT16>(mmgr, 2);
  if (!glyphs || !ends || !starts || !deltas || !offsets) {
    for (void* memory : {static_cast<void*>(glyphs), static_cast<void*>(ends), static_cast<void*>(starts),
                         static_cast<void*>(deltas), static_cast<void*>(offsets)}) {
      release(mmgr, memory);
    }
    return;
  }
  std::vector<HPDF_UINT16> found = all_glyphs(cmap);
  std::copy(found.begin(), found.end() - 1, glyphs);
  HPDF_UINT16 last = found.back();
  ends[0] = 0xFFFE, starts[0] = 0, deltas[0] = 0, offsets[0] = 4;
  ends[1] = 0xFFFF, starts[1] = 0xFFFF, deltas[1] = static_cast<HPDF_INT16>(last - 0xFFFF), offsets[1] = 0;

  release(mmgr, cmap.end_count);
  release(mmgr, cmap.start_count);
  release(mmgr, cmap.id_delta);
  release(mmgr, cmap.id_range_offset);
  release(mmgr, cmap.glyph_id_array);
  cmap.seg_count_x2 = 4;
  cmap.end_count = ends;
  cmap.start_count = starts;
  cmap.id_delta = deltas;
  cmap.id_range_offset = offsets;
  cmap.glyph_id_array = glyphs;
  cmap.glyph_id_array_count = kCodePoints - 1;
}

}  // namespace deckpress::print
