#include "print/images.h"

#include <png.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <stdexcept>

#include "deck/file_bytes.h"
#include "print/jpeg_codec.h"
#include "print/resample.h"

namespace deckpress::print {
namespace {

// Re-encoded pictures are photographs scaled down: at this quality the
// loss does not show in print.
constexpr int kJpegQuality = 88;

struct FileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

File open(const std::filesystem::path& path) {
  File file(std::fopen(path.c_str(), "rb"));
  if (!file) throw std::runtime_error(path.string() + ": cannot be read");
  return file;
}

ImageFormat format_of(std::FILE* file, const std::filesystem::path& path) {
  unsigned char magic[4] = {};
  size_t read = std::fread(magic, 1, sizeof magic, file);
  std::rewind(file);
  if (read == 4 && magic[0] == 0x89 && magic[1] == 'P' && magic[2] == 'N' && magic[3] == 'G') return ImageFormat::png;
  if (read >= 2 && magic[0] == 0xFF && magic[1] == 0xD8) return ImageFormat::jpeg;
  throw std::runtime_error(path.string() + ": not a PNG or JPEG file (the sheet prints those two kinds)");
}

// libpng's simplified reader: it undoes interlacing, palettes, 16-bit
// samples and tRNS chunks by itself.
struct PngReader {
  png_image image{};
  explicit PngReader(const std::filesystem::path& path) {
    image.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_file(&image, path.c_str())) {
      throw std::runtime_error(path.string() + ": not a PNG file deckpress can read (" + image.message + ")");
    }
  }
  ~PngReader() { png_image_free(&image); }
  PngReader(const PngReader&) = delete;
  PngReader& operator=(const PngReader&) = delete;
};

bool opaque(const std::vector<unsigned char>& alpha) {
  for (unsigned char a : alpha) {
    if (a != 0xFF) return false;
  }
  return true;
}

Picture read_png(const std::filesystem::path& path) {
  PngReader reader(path);
  png_image& image = reader.image;
  bool color = image.format & PNG_FORMAT_FLAG_COLOR;
  bool alpha = image.format & PNG_FORMAT_FLAG_ALPHA;
  image.format = (color ? PNG_FORMAT_RGB : PNG_FORMAT_GRAY) | (alpha ? PNG_FORMAT_FLAG_ALPHA : 0);
  std::vector<unsigned char> samples(PNG_IMAGE_SIZE(image));
  if (!png_image_finish_read(&image, nullptr, samples.data(), 0, nullptr)) {
    throw std::runtime_error(path.string() + ": not a PNG file deckpress can read (" + image.message + ")");
  }
  Picture picture;
  picture.width = static_cast<int>(image.width);
  picture.height = static_cast<int>(image.height);
  picture.channels = color ? 3 : 1;
  if (!alpha) {
    picture.pixels = std::move(samples);
    return picture;
  }
  // The alpha sample comes last in each pixel; it becomes a mask of its own.
  size_t count = static_cast<size_t>(picture.width) * static_cast<size_t>(picture.height);
  size_t step = static_cast<size_t>(picture.channels) + 1;
  picture.pixels.resize(count * static_cast<size_t>(picture.channels));
  picture.alpha.resize(count);
  for (size_t i = 0; i < count; ++i) {
    for (size_t c = 0; c + 1 < step; ++c) picture.pixels[i * (step - 1) + c] = samples[i * step + c];
    picture.alpha[i] = samples[i * step + step - 1];
  }
  if (opaque(picture.alpha)) picture.alpha.clear();
  return picture;
}

Picture scaled(Picture picture, PixelSize target) {
  if (picture.width <= target.width && picture.height <= target.height) return picture;
  return average_down(picture, std::min(picture.width, target.width), std::min(picture.height, target.height));
}

}  // namespace

int PreparedImage::width() const { return picture.width; }
int PreparedImage::height() const { return picture.height; }

ImageInfo probe_image(const std::filesystem::path& file) {
  File handle = open(file);
  ImageInfo info;
  info.format = format_of(handle.get(), file);
  if (info.format == ImageFormat::jpeg) {
    JpegHeader header = read_jpeg_header(handle.get(), file.string());
    info.width = header.width;
    info.height = header.height;
  } else {
    handle.reset();
    PngReader reader(file);
    info.width = static_cast<int>(reader.image.width);
    info.height = static_cast<int>(reader.image.height);
  }
  return info;
}

PixelSize pixels_for(const ImageInfo& info, Size printed, double ppi) {
  // The same scale for both sides, so that neither exceeds `ppi`.
  double scale = std::min({1.0, printed.width / 72.0 * ppi / info.width, printed.height / 72.0 * ppi / info.height});
  auto side = [&](int own) { return std::max(1, static_cast<int>(std::floor(own * scale + 1e-9))); };
  return PixelSize{side(info.width), side(info.height)};
}

PreparedImage prepare_image(const std::filesystem::path& file, const ImageInfo& info, PixelSize target) {
  PreparedImage prepared;
  bool smaller = target.width < info.width || target.height < info.height;
  if (info.format == ImageFormat::png) {
    prepared.picture = scaled(read_png(file), target);
    return prepared;
  }
  File handle = open(file);
  if (smaller && read_jpeg_header(handle.get(), file.string()).decodable) {
    std::rewind(handle.get());
    Picture decoded = decode_jpeg(handle.get(), target, file.string());
    prepared.picture = scaled(std::move(decoded), target);
    prepared.jpeg = encode_jpeg(prepared.picture, kJpegQuality);
    prepared.picture.pixels.clear();
    return prepared;
  }
  handle.reset();
  auto bytes = read_file_bytes(file);
  if (!bytes) throw std::runtime_error(file.string() + ": cannot be read");
  prepared.jpeg = std::move(*bytes);
  prepared.picture.width = info.width;
  prepared.picture.height = info.height;
  return prepared;
}

}  // namespace deckpress::print
