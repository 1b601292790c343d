#pragma once
// Pictures for the sheet, read with libpng and libjpeg rather than
// libharu's own loaders: interlaced PNGs print, transparency is kept as a
// compressed mask, and a picture is scaled down to the resolution it is
// printed at. Failures throw std::runtime_error naming the file.
#include <filesystem>
#include <string>
#include <vector>

#include "print/units.h"

namespace deckpress::print {

enum class ImageFormat { png, jpeg };

struct ImageInfo {
  ImageFormat format = ImageFormat::png;
  int width = 0;  // pixels
  int height = 0;
};

// Reads only the file's header.
ImageInfo probe_image(const std::filesystem::path& file);

// Decoded pixels, rows top to bottom, 8 bits per sample.
struct Picture {
  int width = 0;
  int height = 0;
  int channels = 3;                  // 1 (gray) or 3 (RGB)
  std::vector<unsigned char> pixels;  // width * height * channels
  std::vector<unsigned char> alpha;   // width * height, or empty when opaque
};

// What the PDF embeds: a JPEG file as it is (its DCT data passes through),
// or pixels it deflates.
struct PreparedImage {
  std::string jpeg;
  Picture picture;
  int width() const;
  int height() const;
};

// The pixel size that prints `printed` (points) at `ppi`: the picture's
// own when that is no larger, its proportions kept.
struct PixelSize {
  int width = 0;
  int height = 0;
  bool operator==(const PixelSize&) const = default;
};
PixelSize pixels_for(const ImageInfo& info, Size printed, double ppi);

// The picture at `target` pixels (from pixels_for). A JPEG already that
// small is kept as it is; a smaller one is decoded at a reduced scale,
// averaged down and encoded again.
PreparedImage prepare_image(const std::filesystem::path& file, const ImageInfo& info, PixelSize target);

}  // namespace deckpress::print
