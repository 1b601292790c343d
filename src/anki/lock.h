#pragma once
// The lock file (decks/deckpress.lock): when each note's and note type's
// content last changed. Anki updates a note on re-import only when its `mod`
// is newer, so `mod` must move forward exactly when the content changes and
// stay put otherwise; the lock remembers it between builds, like Cargo.lock.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "deck/source.h"

namespace deckpress::anki {

struct LockEntry {
  std::string deck;  // deck file stem, so a rebuild can drop deleted notes
  std::string hash;  // of the content that Anki would show
  int64_t added = 0;     // seconds: first seen
  int64_t modified = 0;  // seconds: content last changed

  bool operator==(const LockEntry&) const = default;
};

// An entry a build stamps: new, or changed since the lock was read.
struct LockStamp {
  std::string kind;  // "note" or "notetype"
  std::string key;   // a note's guid, a note type's id
  LockEntry entry;
  bool added = false;  // new to the lock
};

// How one build changes the lock for the decks it wrote. It is made from the
// lock without changing it, and applied only once those decks' outputs are
// written: a deck that fails leaves the lock as it was. Entries a build
// keeps as they are take no room here.
struct LockStamps {
  std::vector<LockStamp> stamps;
  // Entries of notes deleted from a deck, as they are in the lock: they go
  // unless another deck's stamps took them meanwhile (a note moved).
  std::vector<LockStamp> forgotten;
  bool empty() const { return stamps.empty() && forgotten.empty(); }
};

// Move-only: its index holds views of its own entries.
class Lock {
 public:
  Lock() = default;
  Lock(Lock&&) = default;
  Lock& operator=(Lock&&) = default;
  Lock(const Lock&) = delete;
  Lock& operator=(const Lock&) = delete;

  // Reads `text`, the lock file at `path`. Every malformed line is reported
  // to `diagnostics` at its position, and then there is no lock.
  static std::optional<Lock> parse(std::string_view text, const std::string& path, Diagnostics& diagnostics);
  std::string serialize() const;  // sorted, one line per entry

  // The entry for `key`, or null. It only reads, so the notes of a large deck
  // look theirs up on every core before they are stamped one by one.
  const LockEntry* find(const std::string& kind, const std::string& key) const;

  // The entry a build stamps for content `hash` of `deck`, given the entry
  // find() gave (or null): kept when the hash is unchanged, otherwise
  // stamped `now`, never earlier than the last stamp + 1.
  static LockEntry stamp(const LockEntry* found, const std::string& deck, const std::string& hash, int64_t now);

  // The entries of `deck` that `stamped(kind, key)` says a build of it did
  // not stamp: what that build forgets.
  std::vector<LockStamp> unstamped(std::string_view deck,
                                   const std::function<bool(std::string_view, std::string_view)>& stamped) const;

  // Records a build's stamps, and forgets what it forgot.
  void apply(const LockStamps& stamps);

  // For each deck, the SHA-256 (hex) of the lines of its notes and of every
  // note type: what its package depends on. One pass over the lock, however
  // many decks, without a copy of its lines.
  std::map<std::string, std::string> digests_by_deck() const;

  // True once apply() changed an entry since parse().
  bool changed() const { return changed_; }

  bool operator==(const Lock& other) const { return entries_ == other.entries_; }

 private:
  using Key = std::pair<std::string, std::string>;  // kind ("note", "notetype"), key
  using KeyView = std::pair<std::string_view, std::string_view>;
  struct KeyViewHash {
    size_t operator()(const KeyView& key) const;
  };
  void index(const Key& key, LockEntry& entry) { index_.emplace(KeyView{key.first, key.second}, &entry); }

  std::map<Key, LockEntry> entries_;  // sorted, as the file is
  // The same entries by key: walking the tree took a microsecond per note
  // of a 100,000-note lock, mostly cache misses. Views of the tree's keys.
  std::unordered_map<KeyView, LockEntry*, KeyViewHash> index_;
  bool changed_ = false;
};

// The build time for new lock entries: SOURCE_DATE_EPOCH when set, else now.
int64_t build_time();

}  // namespace deckpress::anki
