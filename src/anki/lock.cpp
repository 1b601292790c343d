#include "anki/lock.h"

#include <chrono>
#include <cstdlib>
#include <sstream>

#include <fmt/format.h>

namespace deckpress::anki {

namespace {

const char* const header =
    "# deckpress.lock: when each note and note type last changed. Written by\n"
    "# `deckpress build`; commit it so rebuilt decks update notes in Anki.\n"
    "# kind key deck content-hash added modified\n";

}  // namespace

Lock Lock::parse(const std::string& text, std::string& error) {
  Lock lock;
  std::istringstream in(text);
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string kind, key;
    LockEntry entry;
    if (!(fields >> kind >> key >> entry.deck >> entry.hash >> entry.added >> entry.modified)) {
      error = fmt::format("line {} is not 'kind key deck hash added modified'", number);
      return Lock{};
    }
    lock.entries_[{kind, key}] = entry;
  }
  return lock;
}

namespace {

std::string line_of(const std::pair<std::string, std::string>& key, const LockEntry& entry) {
  return fmt::format("{} {} {} {} {} {}\n", key.first, key.second, entry.deck, entry.hash,
                     entry.added, entry.modified);
}

}  // namespace

std::string Lock::serialize() const {
  std::string out = header;
  for (const auto& [key, entry] : entries_) out += line_of(key, entry);
  return out;
}

std::string Lock::entries_of(const std::string& deck) const {
  std::string out;
  for (const auto& [key, entry] : entries_)
    if (entry.deck == deck || key.first == "notetype") out += line_of(key, entry);
  return out;
}

const LockEntry& Lock::stamp(const std::string& kind, const std::string& key,
                             const std::string& deck, const std::string& hash, int64_t now) {
  Key id{kind, key};
  stamped_.insert(id);
  auto [found, added] = entries_.try_emplace(id, LockEntry{deck, hash, now, now});
  LockEntry& entry = found->second;
  entry.deck = deck;
  if (!added && entry.hash != hash) {
    entry.hash = hash;
    entry.modified = std::max(now, entry.modified + 1);
  }
  return entry;
}

void Lock::forget_unstamped(const std::string& deck) {
  std::erase_if(entries_, [&](const auto& item) {
    return item.second.deck == deck && !stamped_.count(item.first);
  });
}

int64_t build_time() {
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    char* end = nullptr;
    long long value = std::strtoll(epoch, &end, 10);
    if (end && *end == '\0' && value > 0) return value;
  }
  using namespace std::chrono;
  return duration_cast<seconds>(system_clock::now().time_since_epoch()).count();
}

}  // namespace deckpress::anki
