#include "package/temp_file.h"

#include <stdlib.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace deckpress::package {

// mkstemp picks a name nobody else holds and creates the file atomically.
TempFile::TempFile(const std::filesystem::path& directory, const std::string& stem) {
  std::string name = (directory / (stem + ".XXXXXX")).string();
  const int fd = mkstemp(name.data());
  if (fd < 0) {
    throw std::runtime_error("cannot create a temporary file in " + directory.string() + ": " +
                             std::strerror(errno));
  }
  close(fd);
  path_ = name;
}

TempFile::~TempFile() {
  std::error_code ignored;
  std::filesystem::remove(path_, ignored);
}

}  // namespace deckpress::package
