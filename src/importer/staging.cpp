#include "importer/staging.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <utility>

#include "support/file_descriptor.h"
#include "support/missing_folder.h"

namespace deckpress::importer {

namespace fs = std::filesystem;

namespace {

bool missing(const fs::path& path) {
  std::error_code ec;
  return fs::symlink_status(path, ec).type() == fs::file_type::not_found;
}

// `what` names the file in errors: where it is going, not the staging copy.
void write_file(const fs::path& file, std::string_view bytes, const fs::path& what) {
  auto fail = [&what](int error) {
    return std::runtime_error("cannot write " + what.string() + ": " + std::strerror(error));
  };
  fs::create_directories(file.parent_path());
  FileDescriptor out(::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
  if (out.fd < 0 || !write_all_at(out.fd, bytes, 0)) throw fail(errno);
  if (::close(std::exchange(out.fd, -1)) != 0) throw fail(errno);
}

}  // namespace

Staging::Staging(fs::path root) : root_(std::move(root)) {
  created_root_ = first_missing_folder(root_);
  folder_ = root_ / (".deckpress-import-" + std::to_string(::getpid()));
  std::error_code ec;
  fs::remove_all(folder_, ec);  // left by a run of the same process id that was killed
  fs::create_directories(folder_);
}

Staging::~Staging() {
  std::error_code ec;
  fs::remove_all(folder_, ec);
  if (!committed_ && !created_root_.empty()) fs::remove_all(created_root_, ec);
}

void Staging::add(const std::string& path, std::string_view bytes) {
  write_file(folder_ / "new" / path, bytes, root_ / path);
  paths_.push_back(path);
}

void Staging::commit() {
  std::vector<Moved> moved;
  try {
    for (const std::string& path : paths_) move_into_place(path, moved);
  } catch (...) {
    undo(moved);
    throw;
  }
  committed_ = true;
}

void Staging::create_folders(const fs::path& folder) {
  std::vector<fs::path> absent;
  for (fs::path at = folder; !at.empty() && at != root_ && missing(at); at = at.parent_path()) absent.push_back(at);
  for (auto at = absent.rbegin(); at != absent.rend(); ++at) {
    fs::create_directory(*at);
    created_.push_back(*at);
  }
}

void Staging::move_into_place(const std::string& path, std::vector<Moved>& moved) {
  const fs::path target = root_ / path;
  create_folders(target.parent_path());
  std::error_code ec;
  const fs::file_status status = fs::symlink_status(target, ec);
  const bool replaced = fs::exists(status);
  if (fs::is_directory(status)) throw std::runtime_error("cannot write " + target.string() + ": a folder is in the way");
  if (replaced) {
    const fs::path aside = folder_ / "old" / path;
    fs::create_directories(aside.parent_path());
    fs::rename(target, aside);
  }
  moved.push_back({path, replaced});
  fs::rename(folder_ / "new" / path, target);
}

void Staging::undo(const std::vector<Moved>& moved) noexcept {
  std::error_code ec;
  for (auto at = moved.rbegin(); at != moved.rend(); ++at) {
    const fs::path target = root_ / at->path;
    if (at->replaced) fs::rename(folder_ / "old" / at->path, target, ec);
    else fs::remove(target, ec);
  }
  for (auto at = created_.rbegin(); at != created_.rend(); ++at) fs::remove(*at, ec);
  created_.clear();
}

}  // namespace deckpress::importer
