#include "print/pdf_paths.h"

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

namespace deckpress::print {
namespace {

static_assert(HPDF_VERSION_ID == 20300, "pdf_paths.cpp reads libharu 2.3.0's object and page records");

// "a b c d e f cm ": scales and shears need more digits than positions.
void append_matrix(std::string& out, double a, double b, double c, double d, double e, double f) {
  for (double value : {a, b, c, d}) append_number(out, value, 6);
  append_number(out, e);
  append_number(out, f);
  out += "cm ";
}

}  // namespace

HPDF_Dict OutlineForms::form(const std::string& name, const PdfPath& path) {
  auto found = forms_.find(name);
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
  forms_.emplace(name, form);
  return form;
}

void OutlineWriter::use(const std::string& name, const PdfPath& path) {
  if (!used_.insert(name).second) return;
  HPDF_Dict form = forms_.form(name, path);
  auto attr = static_cast<HPDF_PageAttr>(page_->attr);
  if (!attr->xobjects) {
    auto resources = static_cast<HPDF_Dict>(HPDF_Page_GetInheritableItem(page_, "Resources", HPDF_OCLASS_DICT));
    attr->xobjects = resources ? HPDF_Dict_New(page_->mmgr) : nullptr;
    if (attr->xobjects) HPDF_Dict_Add(resources, "XObject", attr->xobjects);
  }
  if (attr->xobjects && form) HPDF_Dict_Add(attr->xobjects, name.c_str(), form);
}

void OutlineWriter::write(const std::string& operators) {
  HPDF_Stream stream = static_cast<HPDF_PageAttr>(page_->attr)->stream;
  HPDF_Stream_Write(stream, reinterpret_cast<const HPDF_BYTE*>(operators.data()),
                    static_cast<HPDF_UINT>(operators.size()));
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
      std::string name = "F" + std::to_string(run.face) + "." + std::to_string(glyph.glyph);
      use(name, path);
      out += "/" + name + " Do ";
    }
    out += "Q\n";
  }
  write(out);
}

void OutlineWriter::math(const MathItem& math) {
  const MathDrawing& drawing = *math.drawing;
  for (size_t i = 0; i < drawing.glyphs.size(); ++i) use(glyph_resource(drawing.glyph_names[i]), *drawing.glyphs[i]);
  std::string out = "q ";
  append_matrix(out, math.scale, 0, 0, math.scale, math.x, height_ - math.baseline);
  out += '\n';
  write(out);
  write(drawing.content);
  write("Q\n");
}

}  // namespace deckpress::print
