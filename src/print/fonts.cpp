#include "print/fonts.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "print/font_face.h"

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
// subsets wrongly (see docs/printing.md): they are embedded and drawn as text.
const char* const kCjkFallbacks[] = {
    "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
    "/usr/share/fonts/truetype/nanum/NanumGothic.ttf",
};
// The fonts after them are drawn as glyph outlines (docs/printing.md): the
// scripts that need shaping, and fonts libharu cannot draw (Droid Sans
// Fallback's glyphs are composites it subsets wrongly; Symbola's emoji lie
// above U+FFFF).
const char* const kNoto = "/usr/share/fonts/truetype/noto/";
const char* const kScriptFallbacks[] = {
    "NotoSansArabic-Regular.ttf", "NotoSansHebrew-Regular.ttf", "NotoSansDevanagari-Regular.ttf",
    "NotoSansBengali-Regular.ttf", "NotoSansGurmukhi-Regular.ttf", "NotoSansGujarati-Regular.ttf",
    "NotoSansOriya-Regular.ttf", "NotoSansTamil-Regular.ttf", "NotoSansTelugu-Regular.ttf",
    "NotoSansKannada-Regular.ttf", "NotoSansMalayalam-Regular.ttf", "NotoSansSinhala-Regular.ttf",
    "NotoSansThai-Regular.ttf", "NotoSansLao-Regular.ttf", "NotoSansMyanmar-Regular.ttf",
    "NotoSansKhmer-Regular.ttf", "NotoSerifTibetan-Regular.ttf", "NotoSansGeorgian-Regular.ttf",
    "NotoSansArmenian-Regular.ttf", "NotoSansEthiopic-Regular.ttf", "NotoSansSyriac-Regular.ttf",
    "NotoSansThaana-Regular.ttf", "NotoSans-Regular.ttf", "NotoSansMath-Regular.ttf",
    "NotoSansSymbols-Regular.ttf", "NotoSansSymbols2-Regular.ttf",
};
const char* const kLastFallbacks[] = {
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf",
};

bool drawn_as_text(const std::string& file) {
  return file.starts_with(kLiberation) || std::any_of(std::begin(kCjkFallbacks), std::end(kCjkFallbacks),
                                                       [&](const char* known) { return file == known; });
}

bool is_default_outline_font(const std::string& file) {
  return file.starts_with(kNoto) || std::any_of(std::begin(kLastFallbacks), std::end(kLastFallbacks),
                                                 [&](const char* known) { return file == known; });
}

}  // namespace

struct FontCatalog::Library {
  FT_Library handle = nullptr;
  Library() { FT_Init_FreeType(&handle); }
  ~Library() { FT_Done_FreeType(handle); }
};

std::vector<std::string> default_font_files(const std::vector<std::string>& extra) {
  std::vector<std::string> files;
  for (const char* name : kRoleFiles) files.push_back(std::string(kLiberation) + name);
  files.insert(files.end(), extra.begin(), extra.end());
  files.insert(files.end(), std::begin(kCjkFallbacks), std::end(kCjkFallbacks));
  for (const char* name : kScriptFallbacks) files.push_back(std::string(kNoto) + name);
  files.insert(files.end(), std::begin(kLastFallbacks), std::end(kLastFallbacks));
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

bool FontCatalog::readable(int index) { return face(index).handle != nullptr; }

bool FontCatalog::usable(int index) {
  FT_Face handle = face(index).handle;
  FT_ULong length = 0;
  return handle && FT_Load_Sfnt_Table(handle, TTAG_glyf, 0, nullptr, &length) == 0 && length > 0;
}

// The default fonts are drawn as the lists above say; a font the user names
// is drawn as text when libharu can embed it (TrueType), else as outlines.
bool FontCatalog::outlined(int index) {
  Face& f = face(index);
  if (f.outlined < 0) {
    const std::string& file = files_[index];
    f.outlined = !drawn_as_text(file) && (is_default_outline_font(file) || !usable(index));
  }
  return f.outlined != 0;
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
