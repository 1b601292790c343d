#include "print/resample.h"

#include <cstdint>

namespace deckpress::print {
namespace {

// Weights are fixed-point with kWeightBits fractional bits; the rows in
// between keep kExtraBits more than a sample has. Shifts instead of
// divisions, integers throughout.
constexpr int kWeightBits = 14;
constexpr int kExtraBits = 6;
constexpr uint32_t kOne = 1u << kWeightBits;

// For each of `to` new pixels along a line of `from` (from >= to): the
// first source pixel it covers and the weight of each one it covers. New
// pixel i covers [i * from, (i + 1) * from) and source pixel j covers
// [j * to, (j + 1) * to); each weight is its share of that, and the
// weights of one new pixel add up to exactly kOne.
struct Coverage {
  std::vector<int> first;
  std::vector<std::vector<uint32_t>> weights;
};

Coverage coverage(int from, int to) {
  Coverage cover;
  for (int i = 0; i < to; ++i) {
    int64_t start = int64_t{i} * from, end = start + from;
    int j = static_cast<int>(start / to);
    cover.first.push_back(j);
    std::vector<uint32_t> weights;
    uint32_t sum = 0;
    for (; j < from && int64_t{j} * to < end; ++j) {
      int64_t overlap = std::min(end, int64_t{j + 1} * to) - std::max(start, int64_t{j} * to);
      weights.push_back(static_cast<uint32_t>(overlap * kOne / from));
      sum += weights.back();
    }
    weights.front() += kOne - sum;  // what flooring each share left over
    cover.weights.push_back(std::move(weights));
  }
  return cover;
}

// Each row of `plane` (`channels` samples a pixel) to `width` pixels, with
// kExtraBits of precision to spare.
std::vector<uint16_t> across(const std::vector<unsigned char>& plane, int from_width, int rows, int channels,
                             int width) {
  Coverage cover = coverage(from_width, width);
  size_t out_row = static_cast<size_t>(width) * static_cast<size_t>(channels);
  size_t in_row = static_cast<size_t>(from_width) * static_cast<size_t>(channels);
  std::vector<uint16_t> out(out_row * static_cast<size_t>(rows));
  constexpr int shift = kWeightBits - kExtraBits;
  for (int y = 0; y < rows; ++y) {
    const unsigned char* source = plane.data() + in_row * static_cast<size_t>(y);
    uint16_t* target = out.data() + out_row * static_cast<size_t>(y);
    for (int x = 0; x < width; ++x) {
      const auto& weights = cover.weights[static_cast<size_t>(x)];
      const unsigned char* pixel = source + static_cast<size_t>(cover.first[static_cast<size_t>(x)] * channels);
      for (int c = 0; c < channels; ++c) {
        uint32_t sum = 0;
        for (size_t k = 0; k < weights.size(); ++k) sum += weights[k] * pixel[k * static_cast<size_t>(channels) + c];
        target[x * channels + c] = static_cast<uint16_t>((sum + (1u << (shift - 1))) >> shift);
      }
    }
  }
  return out;
}

// The rows from `across` to `height` rows of 8-bit samples.
std::vector<unsigned char> down(const std::vector<uint16_t>& rows, int from_height, size_t row_samples, int height) {
  Coverage cover = coverage(from_height, height);
  std::vector<unsigned char> out(row_samples * static_cast<size_t>(height));
  std::vector<uint32_t> sums(row_samples);
  constexpr int shift = kWeightBits + kExtraBits;
  for (int y = 0; y < height; ++y) {
    std::fill(sums.begin(), sums.end(), 1u << (shift - 1));
    const auto& weights = cover.weights[static_cast<size_t>(y)];
    for (size_t k = 0; k < weights.size(); ++k) {
      size_t row = static_cast<size_t>(cover.first[static_cast<size_t>(y)]) + k;
      const uint16_t* source = rows.data() + row_samples * row;
      for (size_t i = 0; i < row_samples; ++i) sums[i] += weights[k] * source[i];
    }
    unsigned char* target = out.data() + row_samples * static_cast<size_t>(y);
    for (size_t i = 0; i < row_samples; ++i) target[i] = static_cast<unsigned char>(sums[i] >> shift);
  }
  return out;
}

std::vector<unsigned char> average_plane(const std::vector<unsigned char>& plane, int from_width, int from_height,
                                         int channels, int width, int height) {
  auto rows = across(plane, from_width, from_height, channels, width);
  return down(rows, from_height, static_cast<size_t>(width) * static_cast<size_t>(channels), height);
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
