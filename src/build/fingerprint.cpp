#include "build/fingerprint.h"

#include <fstream>
#include <iomanip>
#include <sstream>

#include "anki/ids.h"

namespace deckpress::build {

namespace fs = std::filesystem;

std::string file_digest(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return "-";
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return anki::sha256_hex(bytes.str());
}

bool up_to_date(const Fingerprint& recorded, const std::string& options) {
  if (recorded.options != options) return false;
  for (const auto& list : {recorded.inputs, recorded.outputs})
    for (const auto& [file, digest] : list)
      if (file_digest(file) != digest) return false;
  return true;
}

// One record per line, "kind value [path]"; paths are quoted so spaces survive.
std::string serialize(const Fingerprint& fingerprint) {
  std::ostringstream out;
  out << "options " << fingerprint.options << "\nlock " << fingerprint.lock << "\nnotes " << fingerprint.notes << "\ncards "
      << fingerprint.cards << "\n";
  for (const auto& [file, digest] : fingerprint.inputs)
    out << "input " << digest << " " << std::quoted(file) << "\n";
  for (const auto& [file, digest] : fingerprint.outputs)
    out << "output " << digest << " " << std::quoted(file) << "\n";
  for (const auto& id : fingerprint.note_ids) out << "id " << id << "\n";
  return out.str();
}

std::optional<Fingerprint> read_fingerprint(const fs::path& file) {
  std::ifstream in(file);
  if (!in) return std::nullopt;
  Fingerprint fingerprint;
  for (std::string line; std::getline(in, line);) {
    std::istringstream fields(line);
    std::string kind, value;
    fields >> kind >> value;
    std::string path;
    if (kind == "input" || kind == "output") fields >> std::quoted(path);
    if (kind == "options") fingerprint.options = value;
    else if (kind == "lock") fingerprint.lock = value;
    else if (kind == "notes") fingerprint.notes = std::strtoul(value.c_str(), nullptr, 10);
    else if (kind == "cards") fingerprint.cards = std::strtoul(value.c_str(), nullptr, 10);
    else if (kind == "input") fingerprint.inputs.emplace_back(path, value);
    else if (kind == "output") fingerprint.outputs.emplace_back(path, value);
    else if (kind == "id") fingerprint.note_ids.push_back(value);
    else return std::nullopt;
  }
  return fingerprint;
}

}  // namespace deckpress::build
