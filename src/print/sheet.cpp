#include "print/sheet.h"

#include <memory>

#include "print/calibration.h"
#include "print/fonts.h"
#include "print/layout.h"
#include "print/pdf_renderer.h"
#include "print/sheet_images.h"
#include "print/sheet_math.h"
#include "support/parallel.h"

namespace deckpress::print {
namespace {

// The role fonts must all work; a font the user named must work too. The
// default fallbacks may be missing: their characters are then reported.
bool check_fonts(FontCatalog& fonts, size_t user_fonts, const SourcePos& fonts_pos, Diagnostics& diagnostics) {
  bool ok = true;
  for (size_t face = 0; face < kRoleCount + user_fonts; ++face) {
    if (fonts.usable(static_cast<int>(face))) continue;
    const std::string& file = fonts.files()[face];
    bool theirs = face >= kRoleCount;
    diagnostics.error(theirs ? fonts_pos : SourcePos{},
                      "font '" + file + "' cannot be used: it must be a readable TrueType (.ttf) font" +
                          (theirs ? "" : "; install the Debian package fonts-liberation2"));
    ok = false;
  }
  return ok;
}

// Layout threads each need their own FreeType faces; a thread is worth
// starting for a few dozen cards.
std::vector<std::unique_ptr<FontCatalog>> more_catalogs(const std::vector<std::string>& files, size_t cards) {
  constexpr size_t kCardsPerThread = 32;
  size_t threads = std::min<size_t>(core_count(), cards / kCardsPerThread + 1);
  std::vector<std::unique_ptr<FontCatalog>> catalogs;
  for (size_t t = 1; t < threads; ++t) catalogs.push_back(std::make_unique<FontCatalog>(files));
  return catalogs;
}

}  // namespace

std::optional<std::string> render_sheet(const SheetInput& input, const SheetOptions& options,
                                        Diagnostics& diagnostics, MathTypesetter* math) {
  size_t errors_before = diagnostics.error_count();
  auto config = read_sheet_config(input.settings, options, diagnostics);
  if (!config) return std::nullopt;
  config->holdings = input.holdings;
  std::vector<std::string> files = default_font_files(config->fonts);
  FontCatalog fonts(files);
  if (!check_fonts(fonts, config->fonts.size(), setting_position(input.settings, options, "fonts"), diagnostics)) {
    return std::nullopt;
  }
  PdfRenderer renderer(files, diagnostics, fonts);
  SheetImages images(input, diagnostics);
  TypesetFormulas formulas = typeset_sheet_math(input.cards, math, diagnostics);
  std::vector<FontMetrics*> metrics{&fonts};
  auto helpers = more_catalogs(files, input.cards.size());
  for (const auto& catalog : helpers) metrics.push_back(catalog.get());
  // Pages are drawn as soon as they are laid out, while the other threads
  // lay out the cards of later pages.
  renderer.begin(input.title, input.holdings);
  auto bookmarks = lay_out_pages(
      input.cards, *config, metrics, images.sizes(), diagnostics,
      [&](SheetPage page) { renderer.add_page(page, config->grid.page); },
      [&](const PrintedSizes& printed) { images.embed(printed, config->image_ppi, renderer, diagnostics); },
      &formulas);
  auto pdf = renderer.finish(bookmarks);
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return pdf;
}

std::string render_calibration(const SheetOptions& options, Diagnostics& diagnostics) {
  auto config = read_sheet_config({}, options, diagnostics);
  if (!config) return {};
  if (config->geometry.sides == Sides::list) {
    diagnostics.error(setting_position({}, options, "sides"),
                      "print setting 'sides': a list has no cards to calibrate; choose the sides you print cards with");
    return {};
  }
  std::vector<std::string> files = default_font_files(config->fonts);
  FontCatalog fonts(files);
  if (!check_fonts(fonts, config->fonts.size(), SourcePos{kCommandLine}, diagnostics)) return {};
  PdfRenderer renderer(files, diagnostics, fonts);
  return renderer.render(layout_calibration(*config, fonts), "deckpress calibration sheet").value_or("");
}

}  // namespace deckpress::print
