#include "pipeline/deck_scan.h"

namespace deckpress::pipeline {

namespace fs = std::filesystem;

fs::path DeckScan::stamp_path(const fs::path& deck_file) const {
  return out_dir_ / ".deckpress" / fs::path(deck_file.stem()).concat(".stamp");
}

bool DeckScan::files_unchanged(const Fingerprint& recorded) {
  for (const auto* list : {&recorded.inputs, &recorded.outputs})
    for (const auto& file : *list)
      if (!file.unchanged(disk_)) return false;
  return true;
}

std::optional<Fingerprint> DeckScan::up_to_date(const fs::path& deck_file, LockFile& lock,
                                                const std::string& deck) {
  auto text = disk_.read(stamp_path(deck_file));
  if (!text) return std::nullopt;
  auto recorded = parse_fingerprint(*text);
  if (!recorded || recorded->options != options_ || !files_unchanged(*recorded)) return std::nullopt;
  // An untouched lock file holds the same entries: a large lock is not read.
  bool lock_untouched = recorded->lock_file && recorded->lock_file->unchanged(disk_);
  if (!lock_untouched && recorded->lock != lock.digest_of(deck)) return std::nullopt;
  return recorded;
}

void DeckScan::record(const fs::path& deck_file, const Fingerprint& fingerprint) {
  disk_.write(stamp_path(deck_file), serialize(fingerprint));
}

}  // namespace deckpress::pipeline
