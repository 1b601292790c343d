#pragma once
// What a deck's outputs were built from, kept beside the outputs, so an
// unchanged deck is skipped and a changed input always rebuilds it.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace deckpress::pipeline {

// A file as it was: its digest, and its size and modification time so an
// untouched file is recognised without reading it.
struct FileState {
  std::string path;
  std::string digest;  // "-" when the file does not exist
  uintmax_t size = 0;
  int64_t mtime_ns = 0;

  static FileState of(const std::filesystem::path& file);
  // The file's size and time now, for the digest of bytes read just after:
  // a change in between shows as a newer time, which the next build checks.
  static FileState before_reading(const std::filesystem::path& file);
  bool unchanged() const;  // true when the file on disk still has this content
};

struct Fingerprint {
  std::string deck_name;  // the deck's name, for the decks of a build that name each other
  std::string options;  // digest of the deckpress version and the options used
  std::string lock;     // digest of the deck's lock entries
  // The whole lock file as it was: while it is untouched, the deck's entries
  // are too, and the (large) lock need not be read to compare them.
  std::optional<FileState> lock_file;
  std::vector<FileState> inputs;
  std::vector<FileState> outputs;
  std::vector<std::string> note_ids;  // for the duplicate-id check of skipped decks
  size_t notes = 0;
  size_t cards = 0;
};

// True when every recorded input and output still has its recorded digest
// and the options match.
bool up_to_date(const Fingerprint& recorded, const std::string& options);

std::optional<Fingerprint> read_fingerprint(const std::filesystem::path& file);
std::string serialize(const Fingerprint& fingerprint);

}  // namespace deckpress::pipeline
