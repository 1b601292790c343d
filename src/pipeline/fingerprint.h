#pragma once
// What a deck's outputs were built from, kept beside the outputs (a stamp
// in DIR/.deckpress/), so an unchanged deck is skipped and a changed input
// always rebuilds it.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/disk.h"

namespace deckpress::pipeline {

// A file as it was: its digest, and its size and modification time so an
// untouched file is recognised without reading it.
struct FileState {
  std::string path;
  std::string digest;  // "-" when the file does not exist
  uintmax_t size = 0;
  int64_t mtime_ns = 0;

  static FileState of(Disk& disk, const std::filesystem::path& file);
  // The file's size and time now, for the digest of bytes read just after:
  // a change in between shows as a newer time, which the next build checks.
  static FileState before_reading(Disk& disk, const std::filesystem::path& file);
  // True when the file still has this content. Same size and time means
  // unchanged without reading it, as make and ninja assume; otherwise the
  // content decides, so a touched but identical file does not rebuild.
  bool unchanged(Disk& disk) const;
};

// A note without an id, by its guid and position: for the duplicate-guid
// check of a deck that is not compiled again.
struct RecordedGuid {
  std::string guid;
  int line = 0;
  int column = 0;
};

struct Fingerprint {
  std::string name;     // the deck's name, for the report of an unchanged deck
  std::string options;  // digest of the deckpress version and the options used
  std::string lock;     // digest of the deck's lock entries
  // The whole lock file as it was: while it is untouched, the deck's entries
  // are too, and the (large) lock need not be read to compare them.
  std::optional<FileState> lock_file;
  std::vector<FileState> inputs;
  std::vector<FileState> outputs;
  std::vector<std::string> note_ids;  // for the duplicate-id check of unchanged decks
  std::vector<RecordedGuid> guids;    // notes without an id
  size_t notes = 0;
  size_t cards = 0;
};

std::string serialize(const Fingerprint& fingerprint);
// Nothing when `text` is not a fingerprint serialize() wrote.
std::optional<Fingerprint> parse_fingerprint(std::string_view text);

}  // namespace deckpress::pipeline
