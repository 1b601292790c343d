#pragma once
// libjpeg behind functions that throw std::runtime_error: its errors jump
// back into the function that called it, which then throws.
#include <cstdio>
#include <string>

#include "print/images.h"

namespace deckpress::print {

struct JpegHeader {
  int width = 0;
  int height = 0;
  bool decodable = true;  // gray or colour: CMYK files are only passed through
};

// `name` names the file in messages.
JpegHeader read_jpeg_header(std::FILE* file, const std::string& name);

// Decoded at the smallest of libjpeg's scales n/8 (n = 1 to 8) that still
// gives at least `at_least` pixels: scaling inside the decoder is much
// faster than decoding every pixel and averaging them away.
Picture decode_jpeg(std::FILE* file, PixelSize at_least, const std::string& name);

std::string encode_jpeg(const Picture& picture, int quality);

}  // namespace deckpress::print
