#pragma once
// The files of the built-in note types (templates/ in the source tree),
// compiled into the binary by cmake/EmbedFiles.cmake.
#include <string_view>
#include <vector>

namespace deckpress {

struct EmbeddedFile {
  std::string_view path;  // relative to templates/, e.g. "basic/front.html"
  std::string_view contents;
};

const std::vector<EmbeddedFile>& builtin_template_files();

}  // namespace deckpress
