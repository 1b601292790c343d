#include "print/pdf_paths.h"

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

namespace deckpress::print {
namespace {

void append_color(std::string& out, Color color, const char* op) {
  append_number(out, color.r, 3);
  append_number(out, color.g, 3);
  append_number(out, color.b, 3);
  out += op;
}

// "a b c d e f cm ": scales and shears need more digits than positions.
void append_matrix(std::string& out, double a, double b, double c, double d, double e, double f) {
  for (double value : {a, b, c, d}) append_number(out, value, 6);
  append_number(out, e);
  append_number(out, f);
  out += "cm ";
}

}  // namespace

HPDF_Dict OutlineForms::form(const std::string& key, const PdfPath& path) {
  auto found = forms_.find(key);
  if (found != forms_.end()) return found->second;
  HPDF_Dict form = HPDF_DictStream_New(doc_->mmgr, doc_->xref);
  if (form) {
    form->header.obj_class |= HPDF_OSUBCLASS_XOBJECT;
    HPDF_Dict_AddName(form, "Type", "XObject");
    HPDF_Dict_AddName(form, "Subtype", "Form");
    HPDF_Box box{path.box[0], path.box[1], path.box[2], path.box[3]};
    HPDF_Dict_Add(form, "BBox", HPDF_Box_Array_New(doc_->mmgr, box));
    if (doc_->compression_mode & HPDF_COMP_TEXT) form->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
    std::string content = path.operators + "f";
    HPDF_Stream_Write(form->stream, reinterpret_cast<const HPDF_BYTE*>(content.data()),
                      static_cast<HPDF_UINT>(content.size()));
  }
  forms_.emplace(key, form);
  return form;
}

void OutlineWriter::flush(std::string& out) {
  HPDF_Stream stream = static_cast<HPDF_PageAttr>(page_->attr)->stream;
  HPDF_Stream_Write(stream, reinterpret_cast<const HPDF_BYTE*>(out.data()), static_cast<HPDF_UINT>(out.size()));
  out.clear();
}

// "/Xn Do": libharu names the form in the page's resources on its first use.
void OutlineWriter::place(HPDF_Dict form, std::string& out) {
  auto name = names_.find(form);
  if (name == names_.end()) {
    flush(out);
    HPDF_Page_ExecuteXObject(page_, form);
    HPDF_Dict resources = static_cast<HPDF_PageAttr>(page_->attr)->xobjects;
    const char* key = resources ? HPDF_Dict_GetKeyByObj(resources, form) : nullptr;
    names_.emplace(form, key ? std::string("/") + key + " Do " : std::string());
    return;
  }
  out += name->second;
}

void OutlineWriter::glyph_run(const GlyphRunItem& run) {
  double scale = run.size / outlines_.units_per_em(run.face);
  std::string out;
  for (const PlacedGlyph& glyph : run.glyphs) {
    const PdfPath& path = outlines_.outline(run.face, glyph.glyph);
    if (path.operators.empty()) continue;
    out += "q ";
    append_matrix(out, scale, 0, scale * run.skew, scale, run.x + glyph.x, height_ - run.baseline - glyph.y);
    // Synthetic bold strokes the outline too, which a shared form cannot.
    if (run.embolden > 0) {
      append_number(out, run.embolden / scale);
      out += "w " + path.operators + "B ";
    } else {
      place(forms_.form("f" + std::to_string(run.face) + ":" + std::to_string(glyph.glyph), path), out);
    }
    out += "Q\n";
  }
  flush(out);
}

void OutlineWriter::math(const MathItem& math) {
  const MathDrawing& drawing = *math.drawing;
  std::string out = "q ";
  append_matrix(out, math.scale, 0, 0, math.scale, math.x, height_ - math.baseline);
  for (const MathShape& shape : drawing.shapes) {
    out += "q ";
    if (shape.clip) {
      for (double value : {shape.clip->x, shape.clip->y, shape.clip->width, shape.clip->height}) append_number(out, value);
      out += "re W n ";
    }
    // The formula's own colour is the fill already (and the stroke, for a
    // stroked shape, set below); \color sets its own.
    Color color = shape.color.value_or(math.color);
    if (shape.stroke > 0) {
      append_color(out, color, "RG ");
    } else if (shape.color) {
      append_color(out, color, "rg ");
    }
    if (shape.glyph >= 0) {
      const auto& m = shape.matrix;
      append_matrix(out, m[0], m[1], m[2], m[3], m[4], m[5]);
      auto glyph = static_cast<size_t>(shape.glyph);
      place(forms_.form("m" + drawing.glyph_names[glyph], *drawing.glyphs[glyph]), out);
    } else if (shape.stroke > 0) {
      append_number(out, shape.stroke);
      out += "w " + shape.path + "S ";
    } else {
      out += shape.path + "f ";
    }
    out += "Q\n";
  }
  out += "Q\n";
  flush(out);
}

}  // namespace deckpress::print
