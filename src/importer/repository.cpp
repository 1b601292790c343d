#include "importer/repository.h"

#include <fcntl.h>
#include <unistd.h>

#include <fmt/format.h>

#include "deck/file_bytes.h"
#include "deck/toml_util.h"

namespace deckpress::importer {

namespace fs = std::filesystem;

namespace {

std::string conflict_message(const std::vector<std::string>& files) {
  std::string listed;
  for (size_t i = 0; i < std::min<size_t>(files.size(), 10); ++i) listed += "\n  " + files[i];
  if (files.size() > 10) listed += fmt::format("\n  and {} more", files.size() - 10);
  return fmt::format("{} file{} already exist{} with other content; nothing was written (--force overwrites "
                     "them):{}",
                     files.size(), files.size() == 1 ? "" : "s", files.size() == 1 ? "s" : "", listed);
}

// The top-level value of `key` in a TOML file, or "" (the file is the user's:
// a problem in it is not import's to report).
std::string toml_value(const fs::path& file, const std::string& table, const std::string& key) {
  auto text = read_file_bytes(file);
  if (!text) return "";
  Diagnostics ignored;
  auto root = parse_toml(*text, file.generic_string(), ignored);
  if (!root) return "";
  const toml::node* node = table.empty() ? root->get(key) : root->at_path(table + "." + key).node();
  if (!node) return "";
  if (auto text_value = node->value<std::string>(); text_value && node->is_string()) return *text_value;
  if (auto number = node->value<int64_t>(); number && node->is_integer()) return std::to_string(*number);
  return "";
}

void write_atomically(const fs::path& file, const std::string& bytes) {
  fs::create_directories(file.parent_path());
  fs::path temporary = file;
  temporary += ".deckpress-import";
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw std::runtime_error("cannot write " + file.string());
  size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t wrote = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (wrote <= 0) {
      ::close(fd);
      fs::remove(temporary);
      throw std::runtime_error("cannot write " + file.string());
    }
    done += static_cast<size_t>(wrote);
  }
  if (::close(fd) != 0) throw std::runtime_error("cannot write " + file.string());
  fs::rename(temporary, file);
}

}  // namespace

ImportConflict::ImportConflict(const std::vector<std::string>& files)
    : std::runtime_error(conflict_message(files)), files(files) {}

Existing scan_repository(const fs::path& decks_dir) {
  Existing existing;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(decks_dir / "templates", ec)) {
    const std::string key = entry.path().filename().string();
    const std::string id = toml_value(entry.path() / "notetype.toml", "", "id");
    if (id.empty()) existing.other_keys.push_back(key);
    else existing.note_type_keys[std::stoll(id)] = key;
  }
  for (const auto& entry : fs::directory_iterator(decks_dir, ec))
    if (entry.path().extension() == ".toml" && entry.is_regular_file())
      existing.deck_stems[entry.path().stem().string()] = toml_value(entry.path(), "deck", "name");
  return existing;
}

std::vector<std::string> RepositoryWriter::conflicts(const std::vector<OutputFile>& files) const {
  std::vector<std::string> found;
  if (force_) return found;
  for (const OutputFile& file : files) {
    const fs::path path = root_ / file.path;
    std::error_code ec;
    if (!fs::exists(path, ec)) continue;
    const auto bytes = fs::is_regular_file(path, ec) ? read_file_bytes(path) : std::nullopt;
    if (!bytes || *bytes != file.bytes()) found.push_back(file.path);
  }
  return found;
}

std::vector<std::string> RepositoryWriter::write(const std::vector<OutputFile>& files) const {
  std::vector<std::string> written;
  for (const OutputFile& file : files) {
    const fs::path path = root_ / file.path;
    const std::string bytes = file.bytes();
    std::error_code ec;
    if (fs::is_regular_file(path, ec) && read_file_bytes(path) == bytes) continue;
    write_atomically(path, bytes);
    written.push_back(file.path);
  }
  return written;
}

}  // namespace deckpress::importer
