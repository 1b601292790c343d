#include "print/resample.h"

#include <cstdint>

namespace deckpress::print {
namespace {

struct Weight {
  int source;
  uint32_t weight;
};

// For each of `to` new pixels along a line of `from` (from >= to): the
// source pixels it covers and how much of each. New pixel i covers
// [i * from, (i + 1) * from) and source pixel j covers [j * to, (j + 1) *
// to), so the weights of one new pixel add up to `from`.
std::vector<std::vector<Weight>> coverage(int from, int to) {
  std::vector<std::vector<Weight>> weights(static_cast<size_t>(to));
  for (int i = 0; i < to; ++i) {
    int64_t start = int64_t{i} * from, end = start + from;
    for (int j = static_cast<int>(start / to); j < from && int64_t{j} * to < end; ++j) {
      int64_t overlap = std::min(end, int64_t{j + 1} * to) - std::max(start, int64_t{j} * to);
      if (overlap > 0) weights[static_cast<size_t>(i)].push_back({j, static_cast<uint32_t>(overlap)});
    }
  }
  return weights;
}

// One plane of `channels` samples per pixel.
std::vector<unsigned char> average_plane(const std::vector<unsigned char>& plane, int from_width, int from_height,
                                         int channels, int width, int height) {
  auto across = coverage(from_width, width);
  auto down = coverage(from_height, height);
  size_t row_samples = static_cast<size_t>(width) * static_cast<size_t>(channels);
  size_t from_row = static_cast<size_t>(from_width) * static_cast<size_t>(channels);
  std::vector<unsigned char> out(row_samples * static_cast<size_t>(height));
  std::vector<uint64_t> sums(row_samples);
  const uint64_t total = uint64_t(from_width) * uint64_t(from_height);
  for (int y = 0; y < height; ++y) {
    std::fill(sums.begin(), sums.end(), 0);
    for (const Weight& row : down[static_cast<size_t>(y)]) {
      const unsigned char* source = plane.data() + from_row * static_cast<size_t>(row.source);
      for (int x = 0; x < width; ++x) {
        for (const Weight& column : across[static_cast<size_t>(x)]) {
          const unsigned char* pixel = source + static_cast<size_t>(column.source) * static_cast<size_t>(channels);
          uint64_t weight = uint64_t(row.weight) * column.weight;
          for (int c = 0; c < channels; ++c) sums[static_cast<size_t>(x * channels + c)] += weight * pixel[c];
        }
      }
    }
    unsigned char* target = out.data() + row_samples * static_cast<size_t>(y);
    for (size_t i = 0; i < row_samples; ++i) target[i] = static_cast<unsigned char>((sums[i] + total / 2) / total);
  }
  return out;
}

}  // namespace

Picture average_down(const Picture& picture, int width, int height) {
  Picture out;
  out.width = width;
  out.height = height;
  out.channels = picture.channels;
  out.pixels = average_plane(picture.pixels, picture.width, picture.height, picture.channels, width, height);
  if (!picture.alpha.empty()) out.alpha = average_plane(picture.alpha, picture.width, picture.height, 1, width, height);
  return out;
}

}  // namespace deckpress::print
