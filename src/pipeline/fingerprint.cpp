#include "pipeline/fingerprint.h"

#include <iomanip>
#include <sstream>

namespace deckpress::pipeline {

namespace {

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

// "LINE COLUMN GUID": the guid is the rest of the line, whatever it holds.
bool read_guid(const std::string& values, Fingerprint& fingerprint) {
  std::istringstream fields(values);
  RecordedGuid note;
  if (!(fields >> note.line >> note.column) || fields.get() != ' ' || !std::getline(fields, note.guid)) return false;
  fingerprint.guids.push_back(std::move(note));
  return true;
}

}  // namespace

FileState FileState::of(Disk& disk, const std::filesystem::path& file) {
  FileState state = before_reading(disk, file);
  if (disk.stat(file)) state.digest = disk.digest(file).value_or("-");
  return state;
}

FileState FileState::before_reading(Disk& disk, const std::filesystem::path& file) {
  FileState state{file.string(), "-"};
  if (auto stat = disk.stat(file)) {
    state.size = stat->size;
    state.mtime_ns = stat->mtime_ns;
  }
  return state;
}

bool FileState::unchanged(Disk& disk) const {
  auto now = disk.stat(path);
  if (!now) return digest == "-";
  if (digest == "-") return false;
  return (now->size == size && now->mtime_ns == mtime_ns) || disk.digest(path) == digest;
}

// One record per line, "kind values... path"; paths are quoted so spaces survive.
std::string serialize(const Fingerprint& fingerprint) {
  std::ostringstream out;
  out << "name " << fingerprint.name << "\noptions " << fingerprint.options << "\nlock " << fingerprint.lock << "\nnotes "
      << fingerprint.notes << "\ncards " << fingerprint.cards << "\n";
  if (fingerprint.lock_file) write_file_state(out, "lockfile", *fingerprint.lock_file);
  for (const auto& [kind, list] : {std::pair{"input", &fingerprint.inputs}, {"output", &fingerprint.outputs}})
    for (const auto& file : *list) write_file_state(out, kind, file);
  for (const auto& id : fingerprint.note_ids) out << "id " << id << "\n";
  for (const auto& note : fingerprint.guids) out << "guid " << note.line << " " << note.column << " " << note.guid << "\n";
  return out.str();
}

std::optional<Fingerprint> parse_fingerprint(std::string_view text) {
  Fingerprint fingerprint;
  // Lines are split by hand: a stamp holds a line per note id, and a stream
  // per line made checking 100 unchanged decks slow.
  for (std::string_view rest = text; !rest.empty();) {
    size_t end = rest.find('\n');
    std::string_view line = rest.substr(0, end);
    rest = end == std::string_view::npos ? "" : rest.substr(end + 1);
    size_t space = line.find(' ');
    if (space == std::string_view::npos) return std::nullopt;
    std::string_view kind = line.substr(0, space);
    std::string value(line.substr(space + 1));
    bool read = true;
    if (kind == "id") fingerprint.note_ids.push_back(std::move(value));
    else if (kind == "guid") read = read_guid(value, fingerprint);
    else if (kind == "name") fingerprint.name = std::move(value);
    else if (kind == "options") fingerprint.options = std::move(value);
    else if (kind == "lock") fingerprint.lock = std::move(value);
    else if (kind == "notes") fingerprint.notes = std::strtoull(value.c_str(), nullptr, 10);
    else if (kind == "cards") fingerprint.cards = std::strtoull(value.c_str(), nullptr, 10);
    else read = read_file_state(kind, value, fingerprint);
    if (!read) return std::nullopt;
  }
  return fingerprint;
}

}  // namespace deckpress::pipeline
