#pragma once
// Scaling a picture down by averaging: each new pixel is the mean of the
// source area it covers, each source pixel weighted by how much of it lies
// in that area. Integer arithmetic throughout, so every machine gets the
// same bytes.
#include "print/images.h"

namespace deckpress::print {

// `picture` at width x height, which are no larger than its own.
Picture average_down(const Picture& picture, int width, int height);

}  // namespace deckpress::print
