#include "anki/lock.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdlib>

#include <fmt/format.h>

#include "anki/digest.h"

namespace deckpress::anki {

namespace {

const char* const header =
    "# deckpress.lock: when each note and note type last changed. Written by\n"
    "# `deckpress build`; commit it so rebuilt decks update notes in Anki.\n"
    "# kind key deck content-hash added modified\n";

// \r: a lock checked out with CRLF endings.
bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// The next blank-separated field of `line`; empty at the end.
std::string_view next_field(std::string_view& line) {
  size_t start = 0;
  while (start < line.size() && is_blank(line[start])) ++start;
  size_t end = start;
  while (end < line.size() && !is_blank(line[end])) ++end;
  const std::string_view field = line.substr(start, end - start);
  line.remove_prefix(end);
  return field;
}

std::optional<int64_t> read_number(std::string_view field) {
  int64_t number = 0;
  const auto [end, error] = std::from_chars(field.data(), field.data() + field.size(), number);
  if (error != std::errc() || end != field.data() + field.size()) return std::nullopt;
  return number;
}

struct LockLine {
  std::string kind, key;
  LockEntry entry;
};

// Split by hand rather than with a stream per line: a lock holds a line per
// note, and streams made parsing it 13 % of a 10,000-note build.
std::optional<LockLine> read_line(std::string_view line) {
  LockLine read;
  read.kind = next_field(line);
  read.key = next_field(line);
  read.entry.deck = next_field(line);
  read.entry.hash = next_field(line);
  auto added = read_number(next_field(line));
  auto modified = read_number(next_field(line));
  if (!added || !modified) return std::nullopt;
  read.entry.added = *added;
  read.entry.modified = *modified;
  return read;
}

}  // namespace

std::optional<Lock> Lock::parse(std::string_view text, const std::string& path, Diagnostics& diagnostics) {
  Lock lock;
  bool malformed = false;
  std::string_view rest = text;
  for (int number = 1; !rest.empty(); ++number) {
    const size_t end = std::min(rest.find('\n'), rest.size());
    const std::string_view line = rest.substr(0, end);
    rest.remove_prefix(std::min(end + 1, rest.size()));
    if (line.empty() || line[0] == '#') continue;
    auto read = read_line(line);
    if (!read) {
      diagnostics.error({path, number, 1}, "this line is not 'kind key deck hash added modified'; "
                                           "restore the lock file from version control");
      malformed = true;
      continue;
    }
    // A lock as written is sorted: the hint makes each insert O(1).
    auto item = lock.entries_.insert_or_assign(lock.entries_.end(), {std::move(read->kind), std::move(read->key)},
                                               std::move(read->entry));
    lock.index(item->first, item->second);
  }
  if (malformed) return std::nullopt;
  return lock;
}

namespace {

void append_number(std::string& out, int64_t number) {
  char digits[24];
  out.append(digits, std::to_chars(digits, digits + sizeof digits, number).ptr);
}

// Appended piece by piece: a lock has a line per note, and it is written
// and digested on every build.
void append_line(std::string& out, const std::pair<std::string, std::string>& key, const LockEntry& entry) {
  for (const std::string* field : {&key.first, &key.second, &entry.deck, &entry.hash}) out.append(*field) += ' ';
  append_number(out, entry.added);
  out += ' ';
  append_number(out, entry.modified);
  out += '\n';
}

}  // namespace

std::string Lock::serialize() const {
  std::string out = header;
  for (const auto& [key, entry] : entries_) append_line(out, key, entry);
  return out;
}

std::map<std::string, std::string> Lock::digests_by_deck() const {
  struct DeckLines {
    Sha256Stream digest;
    std::string pending;  // hashed 64 KiB at a time
  };
  std::map<std::string, DeckLines> decks;
  std::string note_types;
  DeckLines* last = nullptr;  // entries of one deck tend to come together
  const std::string* last_name = nullptr;
  for (const auto& [key, entry] : entries_) {
    if (key.first == "notetype") {
      append_line(note_types, key, entry);
      continue;
    }
    if (!last_name || *last_name != entry.deck) {
      last = &decks[entry.deck];
      last_name = &entry.deck;
    }
    append_line(last->pending, key, entry);
    if (last->pending.size() >= (64 << 10)) {
      last->digest.add(last->pending);
      last->pending.clear();
    }
  }
  std::map<std::string, std::string> digests;
  for (auto& [deck, lines] : decks) {
    lines.digest.add(lines.pending);
    lines.digest.add(note_types);
    digests.emplace(deck, lines.digest.hex());
  }
  return digests;
}

size_t Lock::KeyViewHash::operator()(const KeyView& key) const {
  std::hash<std::string_view> hash;
  return hash(key.first) * 31 + hash(key.second);
}

const LockEntry* Lock::find(const std::string& kind, const std::string& key) const {
  auto found = index_.find(KeyView{kind, key});
  return found == index_.end() ? nullptr : found->second;
}

LockEntry Lock::stamp(const LockEntry* found, const std::string& deck, const std::string& hash, int64_t now) {
  if (!found) return {deck, hash, now, now};
  LockEntry entry = *found;
  entry.deck = deck;
  if (entry.hash != hash) {
    entry.hash = hash;
    entry.modified = std::max(now, entry.modified + 1);
  }
  return entry;
}

std::vector<LockStamp> Lock::unstamped(std::string_view deck,
                                       const std::function<bool(std::string_view, std::string_view)>& stamped) const {
  std::vector<LockStamp> found;
  for (const auto& [key, entry] : entries_)
    if (entry.deck == deck && !stamped(key.first, key.second)) found.push_back({key.first, key.second, entry});
  return found;
}

void Lock::apply(const LockStamps& stamps) {
  for (const auto& forgotten : stamps.forgotten) {
    auto found = index_.find(KeyView{forgotten.kind, forgotten.key});
    if (found == index_.end() || *found->second != forgotten.entry) continue;
    index_.erase(found);
    entries_.erase(Key{forgotten.kind, forgotten.key});
    changed_ = true;
  }
  for (const auto& stamp : stamps.stamps) {
    changed_ = true;
    auto found = index_.find(KeyView{stamp.kind, stamp.key});
    if (found != index_.end()) {
      *found->second = stamp.entry;
      continue;
    }
    auto inserted = entries_.try_emplace(Key{stamp.kind, stamp.key}, stamp.entry).first;
    index(inserted->first, inserted->second);
  }
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
