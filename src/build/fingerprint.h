#pragma once
// What a deck's outputs were built from, kept beside the outputs, so an
// unchanged deck is skipped and a changed input always rebuilds it.
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace deckpress::build {

struct Fingerprint {
  std::string options;  // digest of the deckpress version and the options used
  std::string lock;     // digest of the deck's lock entries
  std::vector<std::pair<std::string, std::string>> inputs;   // file -> digest, "-" when absent
  std::vector<std::pair<std::string, std::string>> outputs;  // file -> digest
  std::vector<std::string> note_ids;  // for the duplicate-id check of skipped decks
  size_t notes = 0;
  size_t cards = 0;
};

// SHA-256 of the file's bytes, or "-" when it does not exist.
std::string file_digest(const std::filesystem::path& file);

// True when every recorded input and output still has its recorded digest
// and the options match.
bool up_to_date(const Fingerprint& recorded, const std::string& options);

std::optional<Fingerprint> read_fingerprint(const std::filesystem::path& file);
std::string serialize(const Fingerprint& fingerprint);

}  // namespace deckpress::build
