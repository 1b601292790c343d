#include "print/pdf_renderer.h"

#include <cstdio>

#include "print/glyph_lookup.h"
#include "print/page_compression.h"
#include "print/pdf_paths.h"
#include "print/to_unicode.h"

namespace deckpress::print {
namespace {

void collect_error(HPDF_STATUS code, HPDF_STATUS detail, void* user) {
  static_cast<std::vector<PdfRenderer::LibharuError>*>(user)->push_back({code, detail});
}

std::string hex(HPDF_STATUS code) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "0x%04X", static_cast<unsigned>(code));
  return buffer;
}

}  // namespace

// Draws one page's items, batching text into as few text objects as
// possible: libharu refuses graphics operators inside one.
class PdfRenderer::PageWriter {
 public:
  PageWriter(PdfRenderer& renderer, HPDF_Page page, double height)
      : renderer_(renderer), page_(page), height_(height), outlines_(page, height, renderer.forms_, renderer.outlines_) {}
  ~PageWriter() { end_text(); }

  void operator()(const TextItem& text) {
    if (!in_text_) HPDF_Page_BeginText(page_);
    in_text_ = true;
    set_font(renderer_.font(text.face), static_cast<HPDF_REAL>(text.size));
    fill(text.color);
    set_rendering(text);
    // A slant needs the text matrix; the next upright text puts it back.
    if (text.skew != skew_) {
      skew_ = text.skew;
      HPDF_Page_SetTextMatrix(page_, 1, 0, static_cast<HPDF_REAL>(skew_), 1, x(text.x), y(text.baseline));
      HPDF_Page_ShowText(page_, text.text.c_str());
    } else {
      HPDF_Page_TextOut(page_, x(text.x), y(text.baseline), text.text.c_str());
    }
  }

  void operator()(const GlyphRunItem& run) {
    end_text();
    fill(run.color);
    if (run.embolden > 0) stroke(run.color);
    outlines_.glyph_run(run);
  }

  void operator()(const MathItem& math) {
    end_text();
    fill(math.color);
    stroke(math.color);
    outlines_.math(math);
  }

  void operator()(const LineItem& line) {
    end_text();
    set_line_width(line.width);
    stroke(line.color);
    HPDF_Page_MoveTo(page_, x(line.x1), y(line.y1));
    HPDF_Page_LineTo(page_, x(line.x2), y(line.y2));
    HPDF_Page_Stroke(page_);
  }

  void operator()(const BoxItem& box) {
    end_text();
    set_line_width(box.line_width);
    if (box.fill) fill(*box.fill);
    if (box.stroke) stroke(*box.stroke);
    HPDF_Page_Rectangle(page_, x(box.rect.x), y(box.rect.bottom()), static_cast<HPDF_REAL>(box.rect.width),
                        static_cast<HPDF_REAL>(box.rect.height));
    if (box.fill && box.stroke) {
      HPDF_Page_FillStroke(page_);
    } else if (box.fill) {
      HPDF_Page_Fill(page_);
    } else {
      HPDF_Page_Stroke(page_);
    }
  }

  // Items drawn through the group's transform. The graphics state is saved
  // around them, so this writer's record of it stays true afterwards; the
  // group's writer starts from that record.
  void draw_group(const ItemGroup& group) {
    end_text();
    HPDF_Page_GSave(page_);
    const Transform& t = group.transform;
    // Layout coordinates run downwards; PDF's run upwards on a page this high.
    HPDF_Page_Concat(page_, x(t.a), x(-t.b), x(-t.c), x(t.d), x(t.e), y(t.f));
    {
      PageWriter inner(*this);
      inner.height_ = 0;
      inner.outlines_.set_page_height(0);
      for (const Item& item : group.items) std::visit(inner, item);
    }
    HPDF_Page_GRestore(page_);
  }

  void operator()(const ImageItem& image) {
    end_text();
    auto found = renderer_.images_.find(image.name);
    if (found == renderer_.images_.end()) return;
    HPDF_Page_DrawImage(page_, found->second, x(image.rect.x), y(image.rect.bottom()),
                        static_cast<HPDF_REAL>(image.rect.width), static_cast<HPDF_REAL>(image.rect.height));
  }

 private:
  HPDF_REAL x(double value) const { return static_cast<HPDF_REAL>(value); }
  HPDF_REAL y(double value) const { return static_cast<HPDF_REAL>(height_ - value); }

  // The graphics state lasts for the whole page, text objects included,
  // so each setting is written only when it changes: most text items share
  // the previous one's font, size and colour.
  void set_font(HPDF_Font font, HPDF_REAL size) {
    if (font_.first == font && font_.second == size) return;
    font_ = {font, size};
    HPDF_Page_SetFontAndSize(page_, font, size);
  }
  void fill(Color color) {
    if (fill_ == color) return;
    fill_ = color;
    HPDF_Page_SetRGBFill(page_, static_cast<HPDF_REAL>(color.r), static_cast<HPDF_REAL>(color.g),
                         static_cast<HPDF_REAL>(color.b));
  }
  void stroke(Color color) {
    if (stroke_ == color) return;
    stroke_ = color;
    HPDF_Page_SetRGBStroke(page_, static_cast<HPDF_REAL>(color.r), static_cast<HPDF_REAL>(color.g),
                           static_cast<HPDF_REAL>(color.b));
  }
  void set_line_width(double width) {
    if (line_width_ == width) return;
    line_width_ = width;
    HPDF_Page_SetLineWidth(page_, static_cast<HPDF_REAL>(width));
  }
  void end_text() {
    if (in_text_) HPDF_Page_EndText(page_);
    in_text_ = false;
    skew_ = 0;  // each text object starts with an upright matrix
  }

  // Invisible text under glyph outlines, stretched over them; synthetic
  // bold as a stroke around the fill.
  void set_rendering(const TextItem& text) {
    HPDF_TextRenderingMode mode = text.invisible ? HPDF_INVISIBLE : text.embolden > 0 ? HPDF_FILL_THEN_STROKE : HPDF_FILL;
    if (mode != mode_) {
      mode_ = mode;
      HPDF_Page_SetTextRenderingMode(page_, mode);
    }
    if (mode == HPDF_FILL_THEN_STROKE) {
      stroke(text.color);
      set_line_width(text.embolden);
    }
    if (text.stretch != stretch_) {
      stretch_ = text.stretch;
      HPDF_Page_SetHorizontalScalling(page_, static_cast<HPDF_REAL>(stretch_ * 100));
    }
  }

  PdfRenderer& renderer_;
  HPDF_Page page_;
  double height_;
  OutlineWriter outlines_;
  bool in_text_ = false;
  // What the page has set so far; the first values match nothing.
  std::pair<HPDF_Font, HPDF_REAL> font_{nullptr, 0};
  Color fill_{-1, -1, -1};
  Color stroke_{-1, -1, -1};
  double line_width_ = -1;
  HPDF_TextRenderingMode mode_ = HPDF_FILL;
  double stretch_ = 1;
  double skew_ = 0;
};

PdfRenderer::PdfRenderer(std::vector<std::string> font_files, Diagnostics& diagnostics, GlyphOutlines& outlines)
    : font_files_(std::move(font_files)),
      diagnostics_(diagnostics),
      outlines_(outlines),
      doc_(HPDF_New(collect_error, &errors_)),
      forms_(doc_) {
  HPDF_SetCompressionMode(doc_, HPDF_COMP_ALL);
  HPDF_UseUTFEncodings(doc_);
  HPDF_SetCurrentEncoder(doc_, "UTF-8");
}

PdfRenderer::~PdfRenderer() { HPDF_Free(doc_); }

bool PdfRenderer::failed(const SourcePos& pos, const std::string& what) {
  if (errors_.empty()) return false;
  diagnostics_.error(pos, what + " (libharu error " + hex(errors_.front().code) + ", detail " +
                              std::to_string(errors_.front().detail) + ")");
  errors_.clear();
  HPDF_ResetError(doc_);
  return true;
}

void PdfRenderer::add_image(const std::string& name, const PreparedImage& image, const SourcePos& pos) {
  HPDF_Image loaded = nullptr;
  if (!image.jpeg.empty()) {
    loaded = HPDF_LoadJpegImageFromMem(doc_, reinterpret_cast<const HPDF_BYTE*>(image.jpeg.data()),
                                       static_cast<HPDF_UINT>(image.jpeg.size()));
  } else {
    const Picture& picture = image.picture;
    auto width = static_cast<HPDF_UINT>(picture.width), height = static_cast<HPDF_UINT>(picture.height);
    loaded = HPDF_LoadRawImageFromMem(doc_, picture.pixels.data(), width, height,
                                      picture.channels == 1 ? HPDF_CS_DEVICE_GRAY : HPDF_CS_DEVICE_RGB, 8);
    if (loaded && !picture.alpha.empty()) {
      HPDF_Image_AddSMask(loaded, HPDF_LoadRawImageFromMem(doc_, picture.alpha.data(), width, height,
                                                           HPDF_CS_DEVICE_GRAY, 8));
    }
  }
  if (failed(pos, "image '" + name + "' could not be embedded")) return;
  images_[name] = loaded;
}

HPDF_Font PdfRenderer::font(int face) {
  auto found = fonts_.find(face);
  if (found != fonts_.end()) return found->second;
  const std::string& file = font_files_.at(static_cast<size_t>(face));
  const char* name = HPDF_LoadTTFontFromFile(doc_, file.c_str(), HPDF_TRUE);
  flatten_glyph_lookup(doc_, name);
  HPDF_Font loaded = name ? HPDF_GetFont(doc_, name, "UTF-8") : nullptr;
  fonts_[face] = loaded;
  return loaded;
}

void PdfRenderer::add_bookmarks(const std::vector<Bookmark>& bookmarks, const std::vector<HPDF_Page>& pages) {
  HPDF_Encoder utf8 = HPDF_GetEncoder(doc_, "UTF-8");
  std::vector<HPDF_Outline> outlines;
  for (const Bookmark& bookmark : bookmarks) {
    HPDF_Outline parent = bookmark.parent < 0 ? nullptr : outlines[static_cast<size_t>(bookmark.parent)];
    HPDF_Outline outline = HPDF_CreateOutline(doc_, parent, bookmark.title.c_str(), utf8);
    HPDF_Outline_SetOpened(outline, HPDF_TRUE);
    HPDF_Outline_SetDestination(outline, HPDF_Page_CreateDestination(pages.at(static_cast<size_t>(bookmark.page))));
    outlines.push_back(outline);
  }
}

std::optional<std::string> PdfRenderer::save() {
  HPDF_SaveToStream(doc_);
  std::string bytes(HPDF_GetStreamSize(doc_), '\0');
  HPDF_UINT32 size = static_cast<HPDF_UINT32>(bytes.size());
  HPDF_ReadFromStream(doc_, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size);
  bytes.resize(size);
  if (failed(SourcePos{}, "the PDF could not be written")) return std::nullopt;
  return bytes;
}

void PdfRenderer::begin(const std::string& title, const std::string& subject) {
  // Reproducible: no dates, and a producer string that does not change
  // with the libharu version.
  HPDF_SetInfoAttr(doc_, HPDF_INFO_TITLE, title.c_str());
  if (!subject.empty()) HPDF_SetInfoAttr(doc_, HPDF_INFO_SUBJECT, subject.c_str());
  HPDF_SetInfoAttr(doc_, HPDF_INFO_AUTHOR, "deckpress");
  HPDF_SetInfoAttr(doc_, HPDF_INFO_CREATOR, "deckpress");
  HPDF_SetInfoAttr(doc_, HPDF_INFO_PRODUCER, "deckpress");
  HPDF_SetViewerPreference(doc_, HPDF_PRINT_SCALING_NONE);
}

void PdfRenderer::add_page(const SheetPage& sheet_page, Size size) {
  HPDF_Page page = HPDF_AddPage(doc_);
  if (!page) return;  // the document failed earlier; finish() reports why
  HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(size.width));
  HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(size.height));
  {
    PageWriter writer(*this, page, size.height);
    for (const Item& item : sheet_page.items) std::visit(writer, item);
    for (const ItemGroup& group : sheet_page.groups) writer.draw_group(group);
  }
  deflater_.add(page);
  pages_.push_back(page);
}

std::optional<std::string> PdfRenderer::finish(const std::vector<Bookmark>& bookmarks) {
  if (!bookmarks.empty()) HPDF_SetPageMode(doc_, HPDF_PAGE_MODE_USE_OUTLINE);
  add_bookmarks(bookmarks, pages_);
  if (failed(SourcePos{}, "the PDF could not be drawn")) return std::nullopt;
  write_to_unicode_maps(doc_);
  deflater_.finish();
  return save();
}

std::optional<std::string> PdfRenderer::render(const SheetLayout& sheet, const std::string& title) {
  begin(title);
  for (const SheetPage& page : sheet.pages) add_page(page, sheet.page);
  return finish(sheet.bookmarks);
}

}  // namespace deckpress::print
