#pragma once
// Draws a laid-out sheet with libharu. libharu reports errors through a
// callback; they are collected and turned into diagnostics, never longjmp'd.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <hpdf.h>

#include "deck/source.h"
#include "print/fonts.h"
#include "print/images.h"
#include "print/page_deflater.h"
#include "print/pdf_paths.h"
#include "print/sheet_layout.h"

namespace deckpress::print {

class PdfRenderer {
 public:
  // `font_files` are indexed by TextItem::face; a font is loaded (and
  // embedded) only if some item uses it. `outlines` draws glyph runs.
  PdfRenderer(std::vector<std::string> font_files, Diagnostics& diagnostics, GlyphOutlines& outlines);
  ~PdfRenderer();
  PdfRenderer(const PdfRenderer&) = delete;
  PdfRenderer& operator=(const PdfRenderer&) = delete;

  // Embeds a picture for the ImageItems named `name`: a JPEG as it is,
  // pixels deflated (transparency as a deflated mask). A libharu failure is
  // reported at `pos`.
  void add_image(const std::string& name, const PreparedImage& image, const SourcePos& pos);

  // The PDF bytes, or nothing after reporting a libharu failure.
  std::optional<std::string> render(const SheetLayout& sheet, const std::string& title);

  // The same in steps, for pages that arrive one by one: begin once, add
  // the pages in order, then finish.
  // `subject` says what the sheet holds (empty: none).
  void begin(const std::string& title, const std::string& subject = {});
  void add_page(const SheetPage& page, Size size);
  std::optional<std::string> finish(const std::vector<Bookmark>& bookmarks);

  struct LibharuError {
    HPDF_STATUS code = 0;
    HPDF_STATUS detail = 0;
  };

 private:
  class PageWriter;

  HPDF_Font font(int face);
  bool failed(const SourcePos& pos, const std::string& what);
  void add_bookmarks(const std::vector<Bookmark>& bookmarks, const std::vector<HPDF_Page>& pages);
  std::optional<std::string> save();

  std::vector<std::string> font_files_;
  Diagnostics& diagnostics_;
  GlyphOutlines& outlines_;
  std::vector<LibharuError> errors_;
  HPDF_Doc doc_ = nullptr;
  OutlineForms forms_;
  std::map<int, HPDF_Font> fonts_;
  std::map<std::string, HPDF_Image> images_;
  std::vector<HPDF_Page> pages_;
  // libharu would deflate every page while saving, on one thread
  // (page_compression.h).
  PageDeflater deflater_;
};

}  // namespace deckpress::print
