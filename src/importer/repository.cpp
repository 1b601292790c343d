#include "importer/repository.h"

#include <fmt/format.h>

#include "deck/file_bytes.h"
#include "deck/toml_util.h"
#include "importer/staging.h"

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

// The name a deck file's [deck] table gives, or "" (the file is the user's:
// a problem in it is for the build to report).
std::string deck_name(const fs::path& file) {
  auto text = read_file_bytes(file);
  if (!text) return "";
  Diagnostics ignored;
  auto root = parse_toml(*text, file.generic_string(), ignored);
  if (!root) return "";
  return root->at_path("deck.name").value_or(std::string());
}

// The id a note type folder's notetype.toml states, if any. Import finds
// the folder of a package's note type by it, so a file it cannot read the id
// from stops the import rather than getting a second folder for that note type.
std::optional<int64_t> stated_note_type_id(const fs::path& file) {
  auto text = read_file_bytes(file);
  if (!text) return std::nullopt;
  Diagnostics problems;
  const TomlOrigin origin(file.generic_string());
  auto root = parse_toml(*text, origin, problems);
  std::optional<int64_t> id = root ? get_integer(*root, "id", origin, problems) : std::nullopt;
  if (problems.has_errors()) throw repository_error(problems);
  return id;
}

}  // namespace

std::runtime_error repository_error(const Diagnostics& problems) {
  for (const Diagnostic& problem : problems.all())
    if (problem.severity == Severity::error)
      return std::runtime_error(fmt::format("{}:{}:{}: error: {}", problem.pos.path, problem.pos.line,
                                            problem.pos.column, problem.message));
  return std::runtime_error("cannot read the repository");
}

ImportConflict::ImportConflict(const std::vector<std::string>& files)
    : std::runtime_error(conflict_message(files)), files(files) {}

Existing scan_repository(const fs::path& decks_dir) {
  Existing existing;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(decks_dir / "templates", ec)) {
    const std::string key = entry.path().filename().string();
    const std::optional<int64_t> id = stated_note_type_id(entry.path() / "notetype.toml");
    if (id) existing.note_type_keys[*id] = key;
    else existing.other_keys.push_back(key);
  }
  for (const auto& entry : fs::directory_iterator(decks_dir, ec))
    if (entry.path().extension() == ".toml" && entry.is_regular_file())
      existing.deck_stems[entry.path().stem().string()] = deck_name(entry.path());
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
  Staging staging(root_);
  std::vector<std::string> written;
  try {
    for (const OutputFile& file : files) {
      const fs::path path = root_ / file.path;
      const std::string bytes = file.bytes();
      std::error_code ec;
      if (fs::is_regular_file(path, ec) && read_file_bytes(path) == bytes) continue;
      staging.add(file.path, bytes);
      written.push_back(file.path);
    }
    staging.commit();
  } catch (const std::runtime_error& error) {
    throw std::runtime_error(fmt::format("{}; nothing was written", error.what()));
  }
  return written;
}

}  // namespace deckpress::importer
