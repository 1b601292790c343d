#pragma once
// Is this deck up to date? Like ninja's DependencyScan for an edge: the
// deck's stamp (DIR/.deckpress/<deck>.stamp) records the files its outputs
// were made from and the outputs themselves; the deck is up to date while
// every one of them, the options and its lock entries are unchanged. It
// reaches the file system through a Disk, so tests drive it in memory.
#include <filesystem>
#include <optional>
#include <string>

#include "pipeline/disk.h"
#include "pipeline/fingerprint.h"
#include "pipeline/lock_file.h"

namespace deckpress::pipeline {

class DeckScan {
 public:
  // `options`: the digest of the options of this build (options_digest()).
  DeckScan(Disk& disk, std::filesystem::path out_dir, std::string options)
      : disk_(disk), out_dir_(std::move(out_dir)), options_(std::move(options)) {}

  // The deck's last fingerprint when its outputs are up to date; nothing
  // when it must be built. `lock` is the lock of the deck's folder and
  // `deck` the deck's name in it; the lock is read only when its file
  // changed since the stamp was written.
  std::optional<Fingerprint> up_to_date(const std::filesystem::path& deck_file, LockFile& lock,
                                        const std::string& deck);

  // Keeps `fingerprint` as what the deck's outputs were made from.
  void record(const std::filesystem::path& deck_file, const Fingerprint& fingerprint);

  const std::string& options() const { return options_; }

 private:
  std::filesystem::path stamp_path(const std::filesystem::path& deck_file) const;
  bool files_unchanged(const Fingerprint& recorded);

  Disk& disk_;
  std::filesystem::path out_dir_;
  std::string options_;
};

}  // namespace deckpress::pipeline
