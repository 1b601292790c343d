#include "print/fonts.h"

#include <array>
#include <cmath>

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_ADVANCES_H
#include FT_TRUETYPE_TABLES_H
#include FT_TRUETYPE_TAGS_H

namespace deckpress::print {
namespace {

const char* const kLiberation = "/usr/share/fonts/truetype/liberation2/";
const char* const kRoleFiles[kRoleCount] = {
    "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf",
    "LiberationSans-BoldItalic.ttf", "LiberationMono-Regular.ttf", "LiberationMono-Bold.ttf",
    "LiberationMono-Italic.ttf", "LiberationMono-BoldItalic.ttf",
};
// Both are plain glyf fonts without the composite glyphs that libharu 2.3.0
// subsets wrongly (see docs/printing.md).
const char* const kCjkFallbacks[] = {
    "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
    "/usr/share/fonts/truetype/nanum/NanumGothic.ttf",
};

}  // namespace

struct FontCatalog::Library {
  FT_Library handle = nullptr;
  Library() { FT_Init_FreeType(&handle); }
  ~Library() { FT_Done_FreeType(handle); }
};

// What a face knows about one code point, filled in on first use: asking
// FreeType for every character of every card was a tenth of the layout.
struct GlyphFacts {
  signed char present = -1;  // -1 not asked yet, else 0 or 1
  double advance = NAN;      // in em; NaN until measured
};

// GlyphFacts by code point, in pages of 256 allocated when first touched,
// so a Latin deck holds a few pages.
class GlyphTable {
 public:
  GlyphFacts& operator[](char32_t c) {
    size_t page = c >> 8;
    if (page >= pages_.size()) pages_.resize(page + 1);
    if (!pages_[page]) pages_[page] = std::make_unique<Page>();
    return (*pages_[page])[c & 0xFF];
  }

 private:
  using Page = std::array<GlyphFacts, 256>;
  std::vector<std::unique_ptr<Page>> pages_;
};

struct FontCatalog::Face {
  FT_Face handle = nullptr;  // null when the file does not open
  GlyphTable glyphs;
  ~Face() {
    if (handle) FT_Done_Face(handle);
  }
  bool has(char32_t c) {
    GlyphFacts& facts = glyphs[c];
    if (facts.present < 0) facts.present = handle && FT_Get_Char_Index(handle, c) != 0;
    return facts.present != 0;
  }
};

std::vector<std::string> default_font_files(const std::vector<std::string>& extra) {
  std::vector<std::string> files;
  for (const char* name : kRoleFiles) files.push_back(std::string(kLiberation) + name);
  files.insert(files.end(), extra.begin(), extra.end());
  files.insert(files.end(), std::begin(kCjkFallbacks), std::end(kCjkFallbacks));
  return files;
}

FontCatalog::FontCatalog(std::vector<std::string> files)
    : library_(std::make_unique<Library>()), files_(std::move(files)), faces_(files_.size()) {}

FontCatalog::~FontCatalog() = default;

FontCatalog::Face& FontCatalog::face(int index) {
  std::unique_ptr<Face>& slot = faces_[index];
  if (!slot) {
    slot = std::make_unique<Face>();
    if (FT_New_Face(library_->handle, files_[index].c_str(), 0, &slot->handle) != 0) {
      slot->handle = nullptr;
    }
  }
  return *slot;
}

bool FontCatalog::usable(int index) {
  FT_Face handle = face(index).handle;
  FT_ULong length = 0;
  return handle && FT_Load_Sfnt_Table(handle, TTAG_glyf, 0, nullptr, &length) == 0 && length > 0;
}

std::optional<int> FontCatalog::face_for(FontRole role, char32_t c) {
  int own = face_of(role);
  if (face(own).has(c)) return own;
  auto cached = fallback_choice_.find(c);
  if (cached != fallback_choice_.end()) {
    if (cached->second < 0) return std::nullopt;
    return cached->second;
  }
  int chosen = -1;
  for (int index = kRoleCount; index < static_cast<int>(files_.size()) && chosen < 0; ++index) {
    if (face(index).has(c)) chosen = index;
  }
  fallback_choice_.emplace(c, chosen);
  if (chosen < 0) return std::nullopt;
  return chosen;
}

GlyphChoice FontCatalog::choose(FontRole role, char32_t c) {
  if (c >= 128) return FontMetrics::choose(role, c);
  std::optional<GlyphChoice>& known = ascii_[static_cast<size_t>(face_of(role))][c];
  if (!known) known = FontMetrics::choose(role, c);
  return *known;
}

double FontCatalog::advance(int index, char32_t c) {
  Face& f = face(index);
  GlyphFacts& facts = f.glyphs[c];
  if (!std::isnan(facts.advance)) return facts.advance;
  facts.advance = 0;
  FT_Fixed units = 0;
  if (f.handle && FT_Get_Advance(f.handle, FT_Get_Char_Index(f.handle, c), FT_LOAD_NO_SCALE, &units) == 0) {
    // The same whole thousandths of an em that libharu puts in the PDF.
    facts.advance = static_cast<double>(units * 1000 / f.handle->units_per_EM) / 1000.0;
  }
  return facts.advance;
}

}  // namespace deckpress::print
