#pragma once
// Where deckpress finds the files it ships beside its binary (the MathJax
// helper, the deck schema). Installed, they are in <prefix>/share/deckpress
// next to <prefix>/bin/deckpress, wherever the prefix is (/usr, /usr/local,
// a user's folder), so the lookup is relative to the executable rather than
// a path fixed at build time. Run from a build folder, where no such folder
// exists, they are the source tree's own files. Header-only, like the rest
// of support/.
#include <filesystem>
#include <system_error>

#include <sys/auxv.h>

#ifndef DECKPRESS_SOURCE_DIR
#error "DECKPRESS_SOURCE_DIR is set by CMake on deckpress_support"
#endif

namespace deckpress {

// The installed data folder for an executable at `executable`, or
// `source_dir` when there is none beside it.
inline std::filesystem::path data_dir_for(const std::filesystem::path& executable,
                                          const std::filesystem::path& source_dir) {
  if (!executable.is_absolute()) return source_dir;
  std::error_code error;
  auto installed = executable.parent_path().parent_path() / "share" / "deckpress";
  if (std::filesystem::is_directory(installed, error)) return installed;
  return source_dir;
}

// The data folder of the running program (see above); computed once.
inline const std::filesystem::path& data_dir() {
  static const std::filesystem::path dir = [] {
    std::error_code error;
    auto executable = std::filesystem::read_symlink("/proc/self/exe", error);
    // Where /proc is not mounted (some containers), the path the program was
    // started by, which a shell gives in full.
    if (error) executable = std::filesystem::weakly_canonical(reinterpret_cast<const char*>(getauxval(AT_EXECFN)), error);
    return data_dir_for(error ? std::filesystem::path() : executable, DECKPRESS_SOURCE_DIR);
  }();
  return dir;
}

}  // namespace deckpress
