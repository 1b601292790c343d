#pragma once
// A file with a fresh unique name that is removed when it goes out of scope.
#include <filesystem>

namespace deckpress::package {

class TempFile {
 public:
  // Creates an empty file named `<stem>.XXXXXX` in `directory`.
  TempFile(const std::filesystem::path& directory, const std::string& stem);
  ~TempFile();
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;

  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace deckpress::package
