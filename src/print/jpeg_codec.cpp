#include "print/jpeg_codec.h"

#include <algorithm>
#include <csetjmp>
#include <cstdlib>
#include <stdexcept>

#include <jpeglib.h>

namespace deckpress::print {
namespace {

// libjpeg reports an error by calling error_exit, which must not return:
// it jumps back to the setjmp of the function that started the work.
struct ErrorJump {
  jpeg_error_mgr manager;
  std::jmp_buf jump;
  char message[JMSG_LENGTH_MAX];
};

void jump_out(j_common_ptr info) {
  auto* error = reinterpret_cast<ErrorJump*>(info->err);
  info->err->format_message(info, error->message);
  std::longjmp(error->jump, 1);
}

// Warnings about slightly damaged data would go to stderr; the picture
// still decodes, so they are dropped.
void no_message(j_common_ptr, int) {}

void install(jpeg_error_mgr* manager) {
  jpeg_std_error(manager);
  manager->error_exit = jump_out;
  manager->emit_message = no_message;
}

std::runtime_error failure(const std::string& name, const char* message) {
  return std::runtime_error(name + ": not a JPEG file deckpress can read (" + message + ")");
}

bool decodable(J_COLOR_SPACE space) { return space == JCS_GRAYSCALE || space == JCS_YCbCr || space == JCS_RGB; }

// The smallest n of n/8 whose output is at least `want` from `have`.
unsigned scale_eighths(int have, int want) {
  for (unsigned n = 1; n < 8; ++n) {
    if ((static_cast<long>(have) * n + 7) / 8 >= want) return n;
  }
  return 8;
}

}  // namespace

JpegHeader read_jpeg_header(std::FILE* file, const std::string& name) {
  jpeg_decompress_struct info;
  ErrorJump error;
  info.err = &error.manager;
  install(&error.manager);
  jpeg_create_decompress(&info);
  if (setjmp(error.jump)) {
    jpeg_destroy_decompress(&info);
    throw failure(name, error.message);
  }
  jpeg_stdio_src(&info, file);
  jpeg_read_header(&info, TRUE);
  JpegHeader header{static_cast<int>(info.image_width), static_cast<int>(info.image_height),
                    decodable(info.jpeg_color_space)};
  jpeg_destroy_decompress(&info);
  return header;
}

Picture decode_jpeg(std::FILE* file, PixelSize at_least, const std::string& name) {
  jpeg_decompress_struct info;
  ErrorJump error;
  info.err = &error.manager;
  install(&error.manager);
  jpeg_create_decompress(&info);
  Picture picture;
  if (setjmp(error.jump)) {
    jpeg_destroy_decompress(&info);
    throw failure(name, error.message);
  }
  jpeg_stdio_src(&info, file);
  jpeg_read_header(&info, TRUE);
  bool gray = info.jpeg_color_space == JCS_GRAYSCALE;
  info.out_color_space = gray ? JCS_GRAYSCALE : JCS_RGB;
  info.scale_num = std::max(scale_eighths(static_cast<int>(info.image_width), at_least.width),
                            scale_eighths(static_cast<int>(info.image_height), at_least.height));
  info.scale_denom = 8;
  jpeg_start_decompress(&info);
  picture.width = static_cast<int>(info.output_width);
  picture.height = static_cast<int>(info.output_height);
  picture.channels = gray ? 1 : 3;
  size_t stride = static_cast<size_t>(picture.width) * static_cast<size_t>(picture.channels);
  picture.pixels.resize(stride * static_cast<size_t>(picture.height));
  while (info.output_scanline < info.output_height) {
    JSAMPROW row = picture.pixels.data() + stride * info.output_scanline;
    jpeg_read_scanlines(&info, &row, 1);
  }
  jpeg_finish_decompress(&info);
  jpeg_destroy_decompress(&info);
  return picture;
}

std::string encode_jpeg(const Picture& picture, int quality) {
  jpeg_compress_struct info;
  ErrorJump error;
  info.err = &error.manager;
  install(&error.manager);
  jpeg_create_compress(&info);
  unsigned char* buffer = nullptr;
  unsigned long size = 0;
  if (setjmp(error.jump)) {
    jpeg_destroy_compress(&info);
    std::free(buffer);
    throw std::runtime_error(std::string("a picture could not be encoded as JPEG (") + error.message + ")");
  }
  jpeg_mem_dest(&info, &buffer, &size);
  info.image_width = static_cast<JDIMENSION>(picture.width);
  info.image_height = static_cast<JDIMENSION>(picture.height);
  info.input_components = picture.channels;
  info.in_color_space = picture.channels == 1 ? JCS_GRAYSCALE : JCS_RGB;
  jpeg_set_defaults(&info);
  jpeg_set_quality(&info, quality, TRUE);
  info.optimize_coding = TRUE;  // smaller files, the same pixels
  jpeg_start_compress(&info, TRUE);
  size_t stride = static_cast<size_t>(picture.width) * static_cast<size_t>(picture.channels);
  while (info.next_scanline < info.image_height) {
    auto row = const_cast<JSAMPROW>(picture.pixels.data() + stride * info.next_scanline);
    jpeg_write_scanlines(&info, &row, 1);
  }
  jpeg_finish_compress(&info);
  jpeg_destroy_compress(&info);
  std::string bytes(reinterpret_cast<const char*>(buffer), size);
  std::free(buffer);
  return bytes;
}

}  // namespace deckpress::print
