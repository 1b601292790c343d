#include "pipeline/media.h"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "anki/ids.h"
#include "deck/file_bytes.h"
#include "deck/limits.h"

namespace deckpress::pipeline {

namespace fs = std::filesystem;

namespace {

// The files every Anki client shows or plays; docs/deck-format.md lists them.
const std::array<std::string_view, 12> supported = {".png", ".jpg", ".jpeg", ".gif", ".svg",
                                                   ".webp", ".mp3", ".ogg", ".wav", ".m4a",
                                                   ".mp4", ".webm"};

// "png, jpg, ..., webm": the list the error message gives.
std::string supported_list() {
  std::string list;
  for (std::string_view extension : supported) list += (list.empty() ? "" : ", ") + std::string(extension.substr(1));
  return list;
}

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// Keeps only characters every Anki client accepts in a media name.
std::string safe_stem(const std::string& stem) {
  std::string out;
  for (char c : stem) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                c == '-' || c == '_';
    out += keep ? c : '-';
  }
  return out.empty() ? "media" : out.substr(0, 60);
}

bool inside(const fs::path& dir, const fs::path& file) {
  auto rel = file.lexically_relative(dir);
  return !rel.empty() && *rel.begin() != "..";
}

}  // namespace

bool is_external(const std::string& target) {
  auto colon = target.find(':');
  auto slash = target.find('/');
  return colon != std::string::npos && colon > 1 && (slash == std::string::npos || colon < slash);
}

MediaResolver::MediaResolver(fs::path deck_dir, fs::path repository, const std::string& media_folder)
    : deck_dir_(deck_dir.empty() ? fs::path(".") : std::move(deck_dir)) {
  if (!media_folder.empty()) media_folder_ = deck_dir_ / media_folder;
  std::error_code ec;
  fs::path folder = fs::weakly_canonical(deck_dir_, ec);
  repository_ = repository.empty() ? folder : fs::weakly_canonical(repository, ec);
  own_repository_ = repository_ != folder;
}

// Checked before reading so a huge file is never loaded into memory.
std::optional<uintmax_t> MediaResolver::checked_size(const fs::path& file, const std::string& target,
                                                     const SourcePos& pos, Diagnostics& diagnostics) const {
  const auto limit = Limits{}.media_file_bytes;
  std::error_code ec;
  const auto size = fs::file_size(file, ec);
  if (!ec && size > limit) {
    diagnostics.error(pos, fmt::format("media file '{}' is too large: {} bytes, more than the limit of {}",
                                       target, size, describe_limit(limit)));
    return std::nullopt;
  }
  return size;
}

// A bare name, kept: the fields already say it as the package will. A file
// missing from the folder is only a warning, as a missing file is in Anki.
// One that only descriptions name is packaged under a name Anki copies
// (media.h), and the descriptions say that name.
std::optional<std::string> MediaResolver::resolve_in_folder(const std::string& target, const SourcePos& pos,
                                                            Diagnostics& diagnostics, MediaUser user) {
  if (target.empty() || target == "." || target == ".." || target.find_first_of("/\\") != std::string::npos) {
    diagnostics.error(pos, fmt::format("media '{}' must be a file name in the media folder, without a path",
                                       target));
    return std::nullopt;
  }
  auto& names = user == MediaUser::note ? names_ : description_names_;
  const fs::path file = media_folder_ / target;
  std::error_code ec;
  if (!fs::is_regular_file(file, ec)) {
    diagnostics.warning(pos, fmt::format("media file '{}' is not in the media folder '{}'; the package "
                                         "will not carry it", target, media_folder_.filename().string()));
    names[target] = target;  // warned once
    return target;
  }
  if (!checked_size(file, target, pos, diagnostics)) return std::nullopt;
  const bool copied_unnamed = target.starts_with("_") || target.starts_with("latex-");
  const std::string name = user == MediaUser::description && !copied_unnamed ? "_" + target : target;
  if (name != target && fs::exists(media_folder_ / name, ec)) {
    diagnostics.error(pos, fmt::format("media file '{}', which only a description names, is packaged as '{}' so "
                                       "that Anki copies it, but the media folder holds another '{}'; rename one "
                                       "of them", target, name, name));
    return std::nullopt;
  }
  names[target] = name;
  files_[name] = file;
  return name;
}

void MediaResolver::add_template_media(const NoteType& type) {
  if (media_folder_.empty()) return;
  std::string assets = type.css;
  for (const Template& card : type.templates) assets += card.front + card.back;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(media_folder_, ec)) {
    const std::string name = entry.path().filename().string();
    if (!name.starts_with("_") || assets.find(name) == std::string::npos) continue;
    std::lock_guard lock(mutex_);
    files_[name] = entry.path();
  }
}

void MediaResolver::add_latex_images(const std::vector<std::string>& names) {
  if (media_folder_.empty()) return;
  std::lock_guard lock(mutex_);
  for (const std::string& name : names) {
    if (files_.count(name)) continue;  // many notes show the same formula
    std::error_code ec;
    fs::path file = media_folder_ / name;
    if (!fs::is_regular_file(file, ec) || fs::file_size(file, ec) > Limits{}.media_file_bytes) continue;
    files_[name] = file;
  }
}

std::optional<std::string> MediaResolver::resolve(const std::string& target, const SourcePos& pos,
                                                  Diagnostics& diagnostics, MediaUser user) {
  std::lock_guard lock(mutex_);
  // A file a note names keeps its note's name wherever else it is named.
  if (auto known = names_.find(target); known != names_.end()) return known->second;
  if (user == MediaUser::description)
    if (auto known = description_names_.find(target); known != description_names_.end()) return known->second;
  if (!media_folder_.empty()) return resolve_in_folder(target, pos, diagnostics, user);
  auto file = resolve_file(target, pos, diagnostics);
  if (!file) return std::nullopt;
  std::string name = (user == MediaUser::description ? "_" : "") + file->first;
  (user == MediaUser::note ? names_ : description_names_)[target] = name;
  files_[name] = file->second;
  return name;
}

std::optional<std::pair<std::string, fs::path>> MediaResolver::resolve_file(const std::string& target,
                                                                            const SourcePos& pos,
                                                                            Diagnostics& diagnostics) {
  fs::path written(target);
  std::string extension = lower(written.extension().string());
  if (written.is_absolute()) {
    diagnostics.error(pos, fmt::format("media path '{}' is absolute; write it relative to the deck file", target));
    return std::nullopt;
  }
  if (std::find(supported.begin(), supported.end(), extension) == supported.end()) {
    diagnostics.error(pos, fmt::format("unsupported media type '{}' for '{}' (supported: {})", extension,
                                       target, supported_list()));
    return std::nullopt;
  }
  std::error_code ec;
  fs::path file = fs::weakly_canonical(deck_dir_ / written, ec);
  if (!inside(repository_, file)) {
    diagnostics.error(pos, own_repository_
                               ? fmt::format("media '{}' is outside the deck repository (the folder of its "
                                             "deckpress.lock)", target)
                               : fmt::format("media '{}' is outside the deck's folder (to share media between "
                                             "folders of a git repository, keep deckpress.lock in a folder above them)",
                                             target));
    return std::nullopt;
  }
  if (ec || !fs::is_regular_file(file)) {
    diagnostics.error(pos, fmt::format("media file '{}' not found", target));
    return std::nullopt;
  }
  if (!checked_size(file, target, pos, diagnostics)) return std::nullopt;
  auto bytes = read_file_bytes(file);
  if (!bytes) {
    diagnostics.error(pos, fmt::format("media file '{}' cannot be read", target));
    return std::nullopt;
  }
  std::string name = fmt::format("{}-{}{}", safe_stem(written.stem().string()),
                                 anki::sha1_hex(*bytes).substr(0, 12), extension);
  return std::pair{name, file};
}

}  // namespace deckpress::pipeline
