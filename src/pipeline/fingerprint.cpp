#include "pipeline/fingerprint.h"

#include <iomanip>
#include <sstream>

#include <sys/stat.h>

#include "anki/digest.h"
#include "deck/file_bytes.h"

namespace deckpress::pipeline {

namespace fs = std::filesystem;

namespace {

std::string digest_of(const std::string& file) { return anki::file_sha256_hex(file).value_or("-"); }

// Size and modification time, or false when the file does not exist.
bool stat_of(const std::string& file, uintmax_t& size, int64_t& mtime_ns) {
  struct stat info {};
  if (::stat(file.c_str(), &info) != 0) return false;
  size = static_cast<uintmax_t>(info.st_size);
  mtime_ns = static_cast<int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec;
  return true;
}

void write_file_state(std::ostream& out, std::string_view kind, const FileState& file) {
  out << kind << " " << file.digest << " " << file.size << " " << file.mtime_ns << " "
      << std::quoted(file.path) << "\n";
}

// "input DIGEST SIZE MTIME "PATH"" (or output, or lockfile) into the fingerprint.
bool read_file_state(std::string_view kind, const std::string& values, Fingerprint& fingerprint) {
  if (kind != "input" && kind != "output" && kind != "lockfile") return false;
  std::istringstream fields(values);
  FileState state;
  if (!(fields >> state.digest >> state.size >> state.mtime_ns >> std::quoted(state.path))) return false;
  if (kind == "lockfile") fingerprint.lock_file = std::move(state);
  else (kind == "input" ? fingerprint.inputs : fingerprint.outputs).push_back(std::move(state));
  return true;
}

}  // namespace

FileState FileState::of(const fs::path& file) {
  FileState state{file.string(), "-"};
  if (stat_of(state.path, state.size, state.mtime_ns)) state.digest = digest_of(state.path);
  return state;
}

FileState FileState::before_reading(const fs::path& file) {
  FileState state{file.string(), "-"};
  stat_of(state.path, state.size, state.mtime_ns);
  return state;
}

// Same size and time: unchanged, as make and ninja assume; otherwise the
// content decides, so a touched but identical file does not rebuild.
bool FileState::unchanged() const {
  uintmax_t size = 0;
  int64_t mtime_ns = 0;
  if (!stat_of(path, size, mtime_ns)) return digest == "-";
  if (digest == "-") return false;
  return (size == this->size && mtime_ns == this->mtime_ns) || digest_of(path) == digest;
}

bool up_to_date(const Fingerprint& recorded, const std::string& options) {
  if (recorded.options != options) return false;
  for (const auto& list : {recorded.inputs, recorded.outputs})
    for (const auto& file : list)
      if (!file.unchanged()) return false;
  return true;
}

// One record per line, "kind values... path"; paths are quoted so spaces survive.
std::string serialize(const Fingerprint& fingerprint) {
  std::ostringstream out;
  out << "deck " << fingerprint.deck_name << "\noptions " << fingerprint.options << "\nlock " << fingerprint.lock << "\nnotes "
      << fingerprint.notes << "\ncards " << fingerprint.cards << "\n";
  if (fingerprint.lock_file) write_file_state(out, "lockfile", *fingerprint.lock_file);
  for (const auto& [kind, list] : {std::pair{"input", &fingerprint.inputs}, {"output", &fingerprint.outputs}})
    for (const auto& file : *list) write_file_state(out, kind, file);
  for (const auto& id : fingerprint.note_ids) out << "id " << id << "\n";
  return out.str();
}

std::optional<Fingerprint> read_fingerprint(const fs::path& file) {
  auto text = read_file_bytes(file);
  if (!text) return std::nullopt;
  Fingerprint fingerprint;
  // Lines are split by hand: a stamp holds a line per note id, and a stream
  // per line made checking 100 unchanged decks slow.
  for (std::string_view rest = *text; !rest.empty();) {
    size_t end = rest.find('\n');
    std::string_view line = rest.substr(0, end);
    rest = end == std::string_view::npos ? "" : rest.substr(end + 1);
    size_t space = line.find(' ');
    if (space == std::string_view::npos) return std::nullopt;
    std::string_view kind = line.substr(0, space);
    std::string value(line.substr(space + 1));
    if (kind == "id") fingerprint.note_ids.push_back(std::move(value));
    else if (kind == "options") fingerprint.options = std::move(value);
    else if (kind == "deck") fingerprint.deck_name = std::move(value);
    else if (kind == "lock") fingerprint.lock = std::move(value);
    else if (kind == "notes") fingerprint.notes = std::strtoull(value.c_str(), nullptr, 10);
    else if (kind == "cards") fingerprint.cards = std::strtoull(value.c_str(), nullptr, 10);
    else if (!read_file_state(kind, value, fingerprint)) return std::nullopt;
  }
  return fingerprint;
}

}  // namespace deckpress::pipeline
