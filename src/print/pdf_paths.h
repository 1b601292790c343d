#pragma once
// Outlines on the page: glyph runs (shaped text, fonts drawn as outlines)
// and typeset formulas. Each distinct glyph becomes one form XObject of the
// document, formatted once and drawn through a matrix wherever it is used:
// a formula-heavy sheet repeats a few dozen glyphs thousands of times, and
// libharu formats every number of every path operator afresh. The forms
// take names of deckpress's own in each page's resources (a glyph of face 9
// is "F9.123", a MathJax glyph "MTEX-I-1D465"), so a formula's content,
// made once when it is typeset, names them directly. This reaches into
// libharu's object and page records, which Debian's libhpdf-dev 2.3.0
// installs as headers.
#include <map>
#include <string>
#include <unordered_set>

#include <hpdf.h>

#include "print/fonts.h"
#include "print/page_items.h"

namespace deckpress::print {

class OutlineForms {
 public:
  explicit OutlineForms(HPDF_Doc doc) : doc_(doc) {}
  // The form that fills `path`, made when the resource `name` is first asked for.
  HPDF_Dict form(const std::string& name, const PdfPath& path);

 private:
  HPDF_Doc doc_;
  std::map<std::string, HPDF_Dict> forms_;
};

// Draws one page's outlines; outside a text object.
class OutlineWriter {
 public:
  // `page_height` turns the sheet's top-down y into PDF's.
  OutlineWriter(HPDF_Page page, double page_height, OutlineForms& forms, GlyphOutlines& outlines)
      : page_(page), height_(page_height), forms_(forms), outlines_(outlines) {}

  // Inside a group drawn through a transform, its frame's height (0).
  void set_page_height(double height) { height_ = height; }

  // The run's colour must be the fill colour (and the stroke colour when
  // it is emboldened), the formula's the fill and stroke colours.
  void glyph_run(const GlyphRunItem& run);
  void math(const MathItem& math);

 private:
  // Puts the form in the page's resources under `name`, once per page.
  void use(const std::string& name, const PdfPath& path);
  void write(const std::string& operators);

  HPDF_Page page_;
  double height_;
  OutlineForms& forms_;
  GlyphOutlines& outlines_;
  std::unordered_set<std::string> used_;  // resource names this page has
};

}  // namespace deckpress::print
