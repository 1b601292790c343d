#pragma once
// The pictures a sheet's cards show: found and measured before the layout,
// prepared and embedded once the layout says how large each one prints.
#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "deck/source.h"
#include "print/block_layout.h"
#include "print/images.h"
#include "print/laid_out_cards.h"
#include "print/pdf_renderer.h"
#include "print/sheet.h"

namespace deckpress::print {

class SheetImages {
 public:
  // Reads the header of each picture once. One that is not among the
  // deck's media, or cannot be read, is reported at the first card showing
  // it and printed as its name.
  SheetImages(const SheetInput& input, Diagnostics& diagnostics);

  // Pixel sizes, for the layout.
  const ImageSizes& sizes() const { return sizes_; }

  // Embeds every picture the layout drew, scaled down to `ppi` at the
  // largest size it prints at (nothing: every pixel kept). Pictures are
  // decoded on all cores and handed to the renderer in name order.
  void embed(const PrintedSizes& printed, std::optional<double> ppi, PdfRenderer& renderer,
             Diagnostics& diagnostics) const;

 private:
  struct Found {
    std::filesystem::path file;
    ImageInfo info;
    SourcePos pos;  // the first card showing it
  };
  std::map<std::string, Found> found_;
  ImageSizes sizes_;
};

}  // namespace deckpress::print
