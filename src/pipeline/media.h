#pragma once
// Media files named by a deck: checked, and given content-hashed bare names
// so a changed file never collides with an older one in a user's collection.
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "deck/model.h"

namespace deckpress::pipeline {

// Who names a media file. Anki copies a package's file only when an added or
// updated note names it, or when its name starts with '_' or 'latex-': a
// file that only a deck description names gets a name starting with '_'
// (in a media folder too, unless its name already has one of those
// starts), so it reaches the user's collection.
enum class MediaUser { note, description };

class MediaResolver {
 public:
  // Targets are relative to `deck_dir`, and must stay inside `repository`
  // (the deck's folder when empty). Without `media_folder`, they are packaged
  // under content-hashed names. With it (a folder inside the deck's, as the
  // deck's `media_folder` says), they name files in it by their bare names,
  // packaged under those names, as in Anki's own media folder.
  explicit MediaResolver(std::filesystem::path deck_dir, std::filesystem::path repository = {},
                         const std::string& media_folder = "");

  // In a media folder: its files whose names begin with '_' that the note
  // type's templates or CSS name, which Anki packages for them too.
  void add_template_media(const NoteType& type);

  // In a media folder: those of Anki's LaTeX images (anki/latex_images.h)
  // that are there. A missing one is no problem: Anki makes it again where
  // LaTeX is installed. Safe to call from several threads.
  void add_latex_images(const std::vector<std::string>& names);

  // The package name for `target` (as written in the field), or nothing
  // after reporting why at `pos`: missing, unsupported type, outside the
  // repository. Safe to call from several threads. Resolve the notes'
  // references before the description's.
  std::optional<std::string> resolve(const std::string& target, const SourcePos& pos,
                                     Diagnostics& diagnostics, MediaUser user = MediaUser::note);

  const std::map<std::string, std::filesystem::path>& files() const { return files_; }

 private:
  std::optional<std::string> resolve_in_folder(const std::string& target, const SourcePos& pos,
                                               Diagnostics& diagnostics, MediaUser user);
  std::optional<uintmax_t> checked_size(const std::filesystem::path& file, const std::string& target,
                                        const SourcePos& pos, Diagnostics& diagnostics) const;
  // Checks the file `target` names: its content-hashed name and its path.
  std::optional<std::pair<std::string, std::filesystem::path>> resolve_file(const std::string& target,
                                                                           const SourcePos& pos,
                                                                           Diagnostics& diagnostics);

  std::filesystem::path deck_dir_;
  std::filesystem::path media_folder_;  // empty: names relative to deck_dir_
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
