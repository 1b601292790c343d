#include <cstdio>
#include <string_view>

#include "preview/preview.h"

namespace deckpress::preview {

namespace {

bool kept_in_url(unsigned char c) {
  static constexpr std::string_view unreserved = "-._~/";
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         unreserved.find(static_cast<char>(c)) != std::string_view::npos;
}

}  // namespace

std::string file_url(const std::filesystem::path& path) {
  std::string url = "file://";
  for (unsigned char c : std::filesystem::absolute(path).lexically_normal().generic_string()) {
    if (kept_in_url(c)) {
      url += static_cast<char>(c);
    } else {
      char escaped[4];
      std::snprintf(escaped, sizeof escaped, "%%%02X", c);
      url += escaped;
    }
  }
  return url;
}

}  // namespace deckpress::preview
