#pragma once
// Large generated inputs: a piece of text written `times` times over.
#include <string>
#include <string_view>

inline std::string repeated(std::string_view piece, size_t times) {
  std::string text;
  text.reserve(piece.size() * times);
  for (size_t i = 0; i < times; ++i) text += piece;
  return text;
}
