#pragma once
// The font files of a sheet and their metrics, read with FreeType, shaped
// with HarfBuzz. Faces open on first use, so a fallback font costs nothing
// until a character needs it.
#include <array>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "print/font_metrics.h"
#include "print/path_data.h"

namespace deckpress::print {

// The eight role fonts (Liberation Sans and Mono), then `extra` fallbacks,
// then the default fallbacks: Japanese and Korean, the Noto fonts of the
// scripts Liberation lacks, Simplified Chinese, symbols and emoji.
std::vector<std::string> default_font_files(const std::vector<std::string>& extra);

// Glyph outlines for the PDF writer, which draws shaped text as paths.
class GlyphOutlines {
 public:
  virtual ~GlyphOutlines() = default;
  // The glyph's outline in font units, y up; no operators for a blank glyph.
  virtual const PdfPath& outline(int face, unsigned glyph) = 0;
  virtual double units_per_em(int face) = 0;
};

class FontCatalog final : public FontMetrics, public GlyphOutlines {
 public:
  explicit FontCatalog(std::vector<std::string> files);
  ~FontCatalog() override;
  FontCatalog(const FontCatalog&) = delete;
  FontCatalog& operator=(const FontCatalog&) = delete;

  std::optional<int> face_for(FontRole role, char32_t c) override;
  double advance(int face, char32_t c) override;
  // Remembered per role for ASCII, the bulk of most cards' text.
  GlyphChoice choose(FontRole role, char32_t c) override;
  void shape(std::u32string_view text, size_t begin, size_t end, int face, bool rtl,
             std::vector<ShapedGlyph>& glyphs) override;
  bool outlined(int face) override;

  const PdfPath& outline(int face, unsigned glyph) override;
  double units_per_em(int face) override;

  const std::vector<std::string>& files() const { return files_; }
  // Whether FreeType reads the face's file (then it can be drawn, as text
  // or as outlines).
  bool readable(int face);
  // Whether the face's file is a TrueType (glyf) font: libharu 2.3.0 cannot
  // embed CFF outlines.
  bool usable(int face);

 private:
  struct Face;
  Face& face(int index);

  struct Library;
  std::unique_ptr<Library> library_;
  std::vector<std::string> files_;
  std::vector<std::unique_ptr<Face>> faces_;
  std::unordered_map<char32_t, int> fallback_choice_;
  std::array<std::array<std::optional<GlyphChoice>, 128>, kRoleCount> ascii_;
};

}  // namespace deckpress::print
