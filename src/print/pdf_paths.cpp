#include "print/pdf_paths.h"

namespace deckpress::print {
namespace {

HPDF_REAL real(double value) { return static_cast<HPDF_REAL>(value); }

void add_path(HPDF_Page page, const PathData& path) {
  const float* p = path.points.data();
  for (PathData::Op op : path.ops) {
    switch (op) {
      case PathData::Op::move:
        HPDF_Page_MoveTo(page, p[0], p[1]);
        p += 2;
        break;
      case PathData::Op::line:
        HPDF_Page_LineTo(page, p[0], p[1]);
        p += 2;
        break;
      case PathData::Op::cubic:
        HPDF_Page_CurveTo(page, p[0], p[1], p[2], p[3], p[4], p[5]);
        p += 6;
        break;
      case PathData::Op::close:
        HPDF_Page_ClosePath(page);
        break;
    }
  }
}

void set_fill(HPDF_Page page, Color color) { HPDF_Page_SetRGBFill(page, real(color.r), real(color.g), real(color.b)); }
void set_stroke(HPDF_Page page, Color color) {
  HPDF_Page_SetRGBStroke(page, real(color.r), real(color.g), real(color.b));
}

void draw_shape(HPDF_Page page, const MathShape& shape, const MathDrawing& drawing, Color text_color) {
  const PathData& path = shape.glyph >= 0 ? drawing.glyphs[static_cast<size_t>(shape.glyph)] : shape.path;
  if (path.empty()) return;  // a space: libharu fills no empty path
  HPDF_Page_GSave(page);
  if (shape.clip) {
    HPDF_Page_Rectangle(page, real(shape.clip->x), real(shape.clip->y), real(shape.clip->width),
                        real(shape.clip->height));
    HPDF_Page_Clip(page);
    HPDF_Page_EndPath(page);
  }
  // Colours and widths first: libharu takes no state inside a path.
  Color color = shape.color.value_or(text_color);
  if (shape.stroke > 0) {
    set_stroke(page, color);
    HPDF_Page_SetLineWidth(page, shape.stroke);
  } else {
    set_fill(page, color);
  }
  if (shape.glyph >= 0) {
    const auto& m = shape.matrix;
    HPDF_Page_Concat(page, m[0], m[1], m[2], m[3], m[4], m[5]);
  }
  add_path(page, path);
  if (shape.stroke > 0) {
    HPDF_Page_Stroke(page);
  } else {
    HPDF_Page_Fill(page);
  }
  HPDF_Page_GRestore(page);
}

}  // namespace

void draw_glyph_run(HPDF_Page page, const GlyphRunItem& run, double page_height, GlyphOutlines& outlines) {
  double scale = run.size / outlines.units_per_em(run.face);
  for (const PlacedGlyph& glyph : run.glyphs) {
    const PathData& path = outlines.outline(run.face, glyph.glyph);
    if (path.empty()) continue;
    HPDF_Page_GSave(page);
    HPDF_Page_Concat(page, real(scale), 0, real(scale * run.skew), real(scale), real(run.x + glyph.x),
                     real(page_height - run.baseline - glyph.y));
    if (run.embolden > 0) HPDF_Page_SetLineWidth(page, real(run.embolden / scale));
    add_path(page, path);
    if (run.embolden > 0) {
      HPDF_Page_FillStroke(page);
    } else {
      HPDF_Page_Fill(page);
    }
    HPDF_Page_GRestore(page);
  }
}

void draw_math(HPDF_Page page, const MathItem& math, double page_height) {
  HPDF_Page_GSave(page);
  HPDF_Page_Concat(page, real(math.scale), 0, 0, real(math.scale), real(math.x), real(page_height - math.baseline));
  for (const MathShape& shape : math.drawing->shapes) draw_shape(page, shape, *math.drawing, math.color);
  HPDF_Page_GRestore(page);
}

}  // namespace deckpress::print
