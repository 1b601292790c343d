// Pictures: reading, scaling down and preparing them for the PDF.
#include <catch2/catch.hpp>

#include <png.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "print/images.h"
#include "print/jpeg_codec.h"
#include "print/resample.h"

using namespace deckpress::print;

namespace {

namespace fs = std::filesystem;

Picture gray(int width, int height, std::vector<unsigned char> pixels) {
  Picture picture;
  picture.width = width;
  picture.height = height;
  picture.channels = 1;
  picture.pixels = std::move(pixels);
  return picture;
}

fs::path scratch(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("deckpress-images-test-" + std::to_string(getpid()));
  fs::create_directories(dir);
  return dir / name;
}

}  // namespace

TEST_CASE("averaging down weighs each source pixel by the share it covers") {
  // 3 pixels to 2: the middle one is split between both.
  Picture out = average_down(gray(3, 1, {0, 90, 180}), 2, 1);
  REQUIRE(out.pixels.size() == 2);
  CHECK(int(out.pixels[0]) == 30);   // (0 * 2 + 90 * 1) / 3
  CHECK(int(out.pixels[1]) == 150);  // (90 * 1 + 180 * 2) / 3
  Picture square = average_down(gray(2, 2, {0, 100, 200, 100}), 1, 1);
  CHECK(int(square.pixels[0]) == 100);
}

TEST_CASE("averaging keeps the alpha mask in step with the colours") {
  Picture picture = gray(4, 2, std::vector<unsigned char>(8, 50));
  picture.alpha = {0, 0, 255, 255, 0, 0, 255, 255};
  Picture out = average_down(picture, 2, 1);
  CHECK(out.alpha == std::vector<unsigned char>{0, 255});
  CHECK(out.pixels == std::vector<unsigned char>{50, 50});
}

TEST_CASE("the pixels for printing at 300 ppi keep the proportions and never add pixels") {
  ImageInfo photo{ImageFormat::png, 2400, 1600};
  // Printed 3 x 2 inches: 900 x 600 pixels.
  CHECK(pixels_for(photo, Size{216, 144}, 300) == PixelSize{900, 600});
  // Printed larger than 300 ppi can fill: every pixel kept.
  CHECK(pixels_for(photo, Size{720, 480}, 300) == PixelSize{2400, 1600});
  ImageInfo tall{ImageFormat::png, 100, 1000};
  CHECK(pixels_for(tall, Size{3.6, 36}, 200) == PixelSize{10, 100});
}

TEST_CASE("an interlaced PNG is read") {
  ImageInfo info = probe_image(fs::path(TESTS_DIR) / "print" / "interlaced.png");
  CHECK(info.format == ImageFormat::png);
  PreparedImage image = prepare_image(fs::path(TESTS_DIR) / "print" / "interlaced.png", info,
                                      PixelSize{info.width, info.height});
  CHECK(image.jpeg.empty());
  CHECK(image.width() == info.width);
  CHECK(image.picture.pixels.size() ==
        static_cast<size_t>(info.width * info.height * image.picture.channels));
}

TEST_CASE("a large JPEG is decoded at a reduced scale and encoded again but a small one passes through") {
  Picture photo;
  photo.width = 1600;
  photo.height = 800;
  photo.pixels.resize(1600 * 800 * 3);
  for (size_t i = 0; i < photo.pixels.size(); ++i) photo.pixels[i] = static_cast<unsigned char>((i / 3 % 1600) / 8);
  fs::path file = scratch("photo.jpg");
  std::ofstream(file, std::ios::binary) << encode_jpeg(photo, 90);
  ImageInfo info = probe_image(file);
  CHECK(info.format == ImageFormat::jpeg);
  CHECK(info.width == 1600);
  PreparedImage smaller = prepare_image(file, info, PixelSize{300, 150});
  REQUIRE_FALSE(smaller.jpeg.empty());
  CHECK(smaller.width() == 300);
  CHECK(smaller.height() == 150);
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> reread(fmemopen(smaller.jpeg.data(), smaller.jpeg.size(), "rb"),
                                                         std::fclose);
  CHECK(read_jpeg_header(reread.get(), "memory").width == 300);
  PreparedImage same = prepare_image(file, info, PixelSize{1600, 800});
  std::ifstream in(file, std::ios::binary);
  CHECK(same.jpeg == std::string(std::istreambuf_iterator<char>(in), {}));
}

TEST_CASE("a file that is neither PNG nor JPEG is named in the error") {
  fs::path file = scratch("picture.gif");
  std::ofstream(file) << "GIF89a";
  CHECK_THROWS_WITH(probe_image(file), file.string() + ": not a PNG or JPEG file (the sheet prints those two kinds)");
}
