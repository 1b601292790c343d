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

class MediaResolver {
 public:
  // Targets are relative to `deck_dir`, and must stay inside `repository`
  // (the deck's folder when empty).
  MediaResolver(std::filesystem::path deck_dir, std::filesystem::path repository = {});

  // The package name for `target` (as written in the field), or nothing
  // after reporting why at `pos`: missing, unsupported type, outside the
  // repository. Safe to call from several threads.
  std::optional<std::string> resolve(const std::string& target, const SourcePos& pos,
                                     Diagnostics& diagnostics);

  const std::map<std::string, std::filesystem::path>& files() const { return files_; }

 private:
  std::filesystem::path deck_dir_;
  std::filesystem::path repository_;
  bool own_repository_;  // the repository is more than the deck's folder
  std::mutex mutex_;  // guards the maps
  std::map<std::string, std::string> names_;  // target -> package name
  std::map<std::string, std::filesystem::path> files_;
};

// True for references that are not files of the deck (http:, data:, ...).
bool is_external(const std::string& target);

}  // namespace deckpress::pipeline
