#pragma once
// Media files named by a deck: checked, and given content-hashed bare names
// so a changed file never collides with an older one in a user's collection.
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "deck/source.h"

namespace deckpress::pipeline {

// Who names a media file. Anki copies a package's file only when an added or
// updated note names it, or when its name starts with '_': a file that only
// a deck description names gets a name starting with '_', so it reaches the
// user's collection.
enum class MediaUser { note, description };

class MediaResolver {
 public:
  // Targets are relative to `deck_dir`, and must stay inside `repository`
  // (the deck's folder when empty).
  MediaResolver(std::filesystem::path deck_dir, std::filesystem::path repository = {});

  // The package name for `target` (as written in the field), or nothing
  // after reporting why at `pos`: missing, unsupported type, outside the
  // repository. Safe to call from several threads. Resolve the notes'
  // references before the description's.
  std::optional<std::string> resolve(const std::string& target, const SourcePos& pos,
                                     Diagnostics& diagnostics, MediaUser user = MediaUser::note);

  const std::map<std::string, std::filesystem::path>& files() const { return files_; }

 private:
  // Checks the file `target` names: its content-hashed name and its path.
  std::optional<std::pair<std::string, std::filesystem::path>> resolve_file(const std::string& target,
                                                                           const SourcePos& pos,
                                                                           Diagnostics& diagnostics);

  std::filesystem::path deck_dir_;
  std::filesystem::path repository_;
  bool own_repository_;  // the repository is more than the deck's folder
  std::mutex mutex_;  // guards the maps
  std::map<std::string, std::string> names_;  // target -> package name, for notes
  std::map<std::string, std::string> description_names_;  // for targets only descriptions name
  std::map<std::string, std::filesystem::path> files_;
};

// True for references that are not files of the deck (http:, data:, ...).
bool is_external(const std::string& target);

}  // namespace deckpress::pipeline
