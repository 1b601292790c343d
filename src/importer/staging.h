#pragma once
// Import is all or nothing: every file is first written into a staging
// folder inside the repository (the same file system, so moving is a rename)
// and moved into place only once all of them are written. A corrupt media
// member met halfway, or a full disk, then leaves the repository as it was.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace deckpress::importer {

class Staging {
 public:
  // Creates `root` when it is missing (removed again unless committed) and
  // the staging folder inside it.
  explicit Staging(std::filesystem::path root);
  // Removes the staging folder; before commit(), also the folders it created.
  ~Staging();
  Staging(const Staging&) = delete;
  Staging& operator=(const Staging&) = delete;

  // Writes `bytes` to `path` (relative to the root) in the staging folder.
  void add(const std::string& path, std::string_view bytes);

  // Moves every staged file into place, creating the folders it needs. A
  // file it replaces is moved aside first, so a failed move puts back every
  // file and folder as it was before throwing.
  void commit();

 private:
  struct Moved {
    std::string path;
    bool replaced;  // the file there before is in the staging folder's "old"
  };
  void create_folders(const std::filesystem::path& folder);
  void move_into_place(const std::string& path, std::vector<Moved>& moved);
  void undo(const std::vector<Moved>& moved) noexcept;

  std::filesystem::path root_;
  std::filesystem::path folder_;           // the staging folder
  std::filesystem::path created_root_;     // the first missing folder of root_'s path, or empty
  std::vector<std::filesystem::path> created_;  // folders commit() made, outermost first
  std::vector<std::string> paths_;         // staged, in order
  bool committed_ = false;
};

}  // namespace deckpress::importer
