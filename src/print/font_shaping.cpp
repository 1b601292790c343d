// FontCatalog's HarfBuzz shaping and FreeType glyph outlines.
#include <algorithm>

#include "print/font_face.h"
#include "print/path_data.h"

#include FT_OUTLINE_H

namespace deckpress::print {
namespace {

// Kerning stays off: text drawn by the PDF library beside shaped text is
// never kerned, and the two must measure alike.
const hb_feature_t kNoKerning{HB_TAG('k', 'e', 'r', 'n'), 0, 0, static_cast<unsigned>(-1)};

hb_font_t* make_shaper(FT_Face face, const std::string& file) {
  hb_blob_t* blob = hb_blob_create_from_file(file.c_str());
  hb_face_t* hb_face = hb_face_create(blob, static_cast<unsigned>(face->face_index));
  hb_blob_destroy(blob);
  hb_font_t* font = hb_font_create(hb_face);
  hb_face_destroy(hb_face);
  return font;  // scaled in font units: HarfBuzz's default
}

// FreeType's outline callbacks, adding to a PathData.
struct OutlineSink {
  static int move(const FT_Vector* to, void* user) {
    static_cast<PathData*>(user)->move_to(static_cast<float>(to->x), static_cast<float>(to->y));
    return 0;
  }
  static int line(const FT_Vector* to, void* user) {
    static_cast<PathData*>(user)->line_to(static_cast<float>(to->x), static_cast<float>(to->y));
    return 0;
  }
  static int conic(const FT_Vector* control, const FT_Vector* to, void* user) {
    static_cast<PathData*>(user)->quadratic_to(static_cast<float>(control->x), static_cast<float>(control->y),
                                               static_cast<float>(to->x), static_cast<float>(to->y));
    return 0;
  }
  static int cubic(const FT_Vector* c1, const FT_Vector* c2, const FT_Vector* to, void* user) {
    static_cast<PathData*>(user)->cubic_to(static_cast<float>(c1->x), static_cast<float>(c1->y),
                                           static_cast<float>(c2->x), static_cast<float>(c2->y),
                                           static_cast<float>(to->x), static_cast<float>(to->y));
    return 0;
  }
};

PathData read_outline(FT_Face face, unsigned glyph) {
  PathData path;
  if (!face || FT_Load_Glyph(face, glyph, FT_LOAD_NO_SCALE | FT_LOAD_NO_BITMAP | FT_LOAD_NO_HINTING) != 0 ||
      face->glyph->format != FT_GLYPH_FORMAT_OUTLINE) {
    return path;
  }
  FT_Outline_Funcs funcs{OutlineSink::move, OutlineSink::line, OutlineSink::conic, OutlineSink::cubic, 0, 0};
  FT_Outline_Decompose(&face->glyph->outline, &funcs, &path);
  // FreeType leaves contours open; PDF fills them closed either way, but
  // a stroke (synthetic bold) must close them.
  std::vector<PathData::Op> ops;
  for (size_t i = 0; i < path.ops.size(); ++i) {
    if (path.ops[i] == PathData::Op::move && i > 0) ops.push_back(PathData::Op::close);
    ops.push_back(path.ops[i]);
  }
  if (!ops.empty()) ops.push_back(PathData::Op::close);
  path.ops = std::move(ops);
  return path;
}

}  // namespace

void FontCatalog::shape(std::u32string_view text, size_t begin, size_t end, int index, bool rtl,
                        std::vector<ShapedGlyph>& glyphs) {
  Face& f = face(index);
  if (!f.handle) {
    FontMetrics::shape(text, begin, end, index, rtl, glyphs);
    return;
  }
  if (!f.shaper) f.shaper = make_shaper(f.handle, files_[index]);
  hb_buffer_t* buffer = hb_buffer_create();
  hb_buffer_add_utf32(buffer, reinterpret_cast<const uint32_t*>(text.data()), static_cast<int>(text.size()),
                      static_cast<unsigned>(begin), static_cast<int>(end - begin));
  hb_buffer_guess_segment_properties(buffer);
  hb_buffer_set_direction(buffer, rtl ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
  hb_shape(f.shaper, buffer, &kNoKerning, 1);
  unsigned count = 0;
  const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer, &count);
  const hb_glyph_position_t* position = hb_buffer_get_glyph_positions(buffer, &count);
  float em = static_cast<float>(f.handle->units_per_EM);
  for (unsigned i = 0; i < count; ++i) {
    glyphs.push_back(ShapedGlyph{info[i].codepoint, index, info[i].cluster, position[i].x_advance / em,
                                 position[i].x_offset / em, position[i].y_offset / em});
  }
  hb_buffer_destroy(buffer);
}

const PdfPath& FontCatalog::outline(int index, unsigned glyph) {
  Face& f = face(index);
  auto found = f.outlines.find(glyph);
  if (found == f.outlines.end()) found = f.outlines.emplace(glyph, pdf_path(read_outline(f.handle, glyph))).first;
  return found->second;
}

double FontCatalog::units_per_em(int index) {
  FT_Face handle = face(index).handle;
  return handle ? handle->units_per_EM : 1000;
}

}  // namespace deckpress::print
