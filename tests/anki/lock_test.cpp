#include <catch2/catch.hpp>

#include <algorithm>

#include "anki/ids.h"
#include "anki/lock.h"

using deckpress::Diagnostics;
using deckpress::anki::Lock;
using deckpress::anki::LockStamp;
using deckpress::anki::LockEntry;
using deckpress::anki::LockStamps;

namespace {

// A lock read from `text`, which must be well formed.
Lock parsed(const std::string& text) {
  Diagnostics diagnostics;
  auto lock = Lock::parse(text, "deckpress.lock", diagnostics);
  REQUIRE(diagnostics.all().empty());
  REQUIRE(lock);
  return std::move(*lock);
}

// "line:column: message" of each problem found reading `text`.
std::vector<std::string> problems_reading(const std::string& text) {
  Diagnostics diagnostics;
  CHECK_FALSE(Lock::parse(text, "deckpress.lock", diagnostics));
  std::vector<std::string> problems;
  for (const auto& d : diagnostics.all())
    problems.push_back(std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column) + ": " + d.message);
  return problems;
}

const std::string kMalformed =
    ": this line is not 'kind key deck hash added modified'; restore the lock file from version control";

// What a build of `deck` holding `notes` (key, content hash) at `now`
// stamps, as the pipeline makes it: the entries that differ, and the
// deck's entries it no longer has.
LockStamps stamps_of(const Lock& lock, const std::string& deck,
                     const std::vector<std::pair<std::string, std::string>>& notes, int64_t now) {
  LockStamps stamps;
  for (const auto& [key, hash] : notes) {
    const LockEntry* found = lock.find("note", key);
    LockEntry entry = Lock::stamp(found, deck, hash, now);
    if (!found || *found != entry) stamps.stamps.push_back({"note", key, entry, found == nullptr});
  }
  stamps.forgotten = lock.unstamped(deck, [&](std::string_view kind, std::string_view key) {
    return kind == "note" && std::any_of(notes.begin(), notes.end(), [&](const auto& note) { return note.first == key; });
  });
  return stamps;
}

// "added b", "changed b", "forgotten b": what the stamps would do.
std::vector<std::string> described(const LockStamps& stamps) {
  std::vector<std::string> out;
  for (const LockStamp& stamp : stamps.stamps) out.push_back((stamp.added ? "added " : "changed ") + stamp.key);
  for (const LockStamp& stamp : stamps.forgotten) out.push_back("forgotten " + stamp.key);
  return out;
}

void build(Lock& lock, const std::string& deck, const std::vector<std::pair<std::string, std::string>>& notes,
           int64_t now) {
  lock.apply(stamps_of(lock, deck, notes, now));
}

}  // namespace

TEST_CASE("a lock entry keeps its time until the content changes") {
  LockEntry first = Lock::stamp(nullptr, "deck", "h1", 1000);
  CHECK(first.modified == 1000);
  CHECK(Lock::stamp(&first, "deck", "h1", 2000).modified == 1000);
  auto changed = Lock::stamp(&first, "deck", "h2", 3000);
  CHECK(changed.added == 1000);
  CHECK(changed.modified == 3000);
}

TEST_CASE("a change never moves a note's time backwards") {
  LockEntry first = Lock::stamp(nullptr, "deck", "h1", 5000);
  CHECK(Lock::stamp(&first, "deck", "h2", 4000).modified == 5001);
}

TEST_CASE("stamps change the lock only when applied") {
  Lock lock = parsed("note a d1 h 1 1\n");
  LockStamps stamps = stamps_of(lock, "d1", {{"a", "h2"}, {"b", "h"}}, 50);
  CHECK(lock.find("note", "a")->hash == "h");
  CHECK(lock.find("note", "b") == nullptr);
  CHECK_FALSE(lock.changed());
  lock.apply(stamps);
  CHECK(lock.changed());
  CHECK(*lock.find("note", "a") == LockEntry{"d1", "h2", 1, 50});
  CHECK(*lock.find("note", "b") == LockEntry{"d1", "h", 50, 50});
}

TEST_CASE("the lock round-trips through its sorted text form") {
  Lock lock;
  build(lock, "deck", {{"zz", "h1"}}, 20);
  LockStamps more = stamps_of(lock, "deck", {{"zz", "h1"}, {"aa", "h2"}}, 10);
  more.stamps.push_back({"notetype", "42", Lock::stamp(nullptr, "-", "h3", 30), true});
  lock.apply(more);
  std::string text = lock.serialize();
  CHECK(text.find("note aa deck h2 10 10\nnote zz deck h1 20 20\nnotetype 42 - h3 30 30\n") !=
        std::string::npos);
  CHECK(parsed(text) == lock);
}

TEST_CASE("each malformed lock line is an error at its line") {
  CHECK(problems_reading("# comment\nnote only-two\nnote a d1 h 1 2\nnotetype\n") ==
        std::vector<std::string>{"2:1" + kMalformed, "4:1" + kMalformed});
}

TEST_CASE("a lock checked out with CRLF line endings reads as written") {
  Lock lock = parsed("# comment\r\nnote a d1 h 1 2\r\n");
  CHECK(lock.serialize().ends_with("note a d1 h 1 2\n"));
}

TEST_CASE("a lock time that is not a whole number is an error") {
  CHECK(problems_reading("note a d1 h 1 2x\n") == std::vector<std::string>{"1:1" + kMalformed});
}

TEST_CASE("notes deleted from a rebuilt deck leave the lock: other decks' stay") {
  Lock lock = parsed("note a d1 h 1 1\nnote b d1 h 1 1\nnote c d2 h 1 1\n");
  build(lock, "d1", {{"a", "h"}}, 5);
  std::string text = lock.serialize();
  CHECK(text.find("note a d1") != std::string::npos);
  CHECK(text.find("note b d1") == std::string::npos);
  CHECK(text.find("note c d2") != std::string::npos);
}

TEST_CASE("stamps hold only what a build changes, and the lock knows whether it changed") {
  Lock lock = parsed("note a d1 h 1 1\nnote b d1 h 1 1\n");
  std::vector<std::pair<std::string, std::string>> notes = {{"a", "h"}};
  std::string deck = "d1";
  std::vector<std::string> expected;
  SECTION("the same notes again") { notes.push_back({"b", "h"}); }
  SECTION("new content") {
    notes.push_back({"b", "h2"});
    expected = {"changed b"};
  }
  SECTION("a new note") {
    notes.push_back({"b", "h"});
    notes.push_back({"c", "h"});
    expected = {"added c"};
  }
  SECTION("a note moved to another deck file") {
    notes = {{"b", "h"}};
    deck = "d2";
    expected = {"changed b"};
  }
  SECTION("a deleted note") { expected = {"forgotten b"}; }
  LockStamps stamps = stamps_of(lock, deck, notes, 5);
  CHECK(described(stamps) == expected);
  lock.apply(stamps);
  CHECK(lock.changed() == !expected.empty());
}

TEST_CASE("a note moved between decks keeps its entry in whichever order their stamps apply") {
  const std::string text = "note m d1 h 1 1\nnote k d1 h 1 1\n";
  for (bool moved_first : {true, false}) {
    INFO(moved_first);
    Lock lock = parsed(text);
    LockStamps d1 = stamps_of(lock, "d1", {{"k", "h"}}, 5);  // m left d1...
    LockStamps d2 = stamps_of(lock, "d2", {{"m", "h"}}, 5);  // ...for d2
    lock.apply(moved_first ? d2 : d1);
    lock.apply(moved_first ? d1 : d2);
    REQUIRE(lock.find("note", "m") != nullptr);
    CHECK(*lock.find("note", "m") == LockEntry{"d2", "h", 1, 1});
  }
}

TEST_CASE("find sees every entry that parse and apply leave, and none that apply dropped") {
  Lock lock = parsed("note a d1 h 1 1\nnote b d1 h 1 1\nnote c d2 h 1 1\n");
  build(lock, "d1", {{"new", "h"}, {"a", "h"}}, 5);
  Lock moved = std::move(lock);  // the index's keys are views of the entries
  REQUIRE(moved.find("note", "a") != nullptr);
  CHECK(moved.find("note", "a")->added == 1);
  REQUIRE(moved.find("note", "new") != nullptr);
  CHECK(moved.find("note", "new")->added == 5);
  CHECK(moved.find("note", "c") != nullptr);
  CHECK(moved.find("note", "b") == nullptr);
  CHECK(moved.find("notetype", "a") == nullptr);
}

TEST_CASE("a deck's digest is the SHA-256 of its lines, then every note type's, however long") {
  Lock lock;
  std::vector<std::pair<std::string, std::string>> notes;
  std::string deck_lines;
  for (int i = 0; i < 3000; ++i) {  // about 100 KiB of lines: more than one 64 KiB block
    std::string key = "n" + std::to_string(100000 + i);
    notes.push_back({key, "hash"});
    deck_lines += "note " + key + " big hash 10 10\n";
  }
  build(lock, "big", notes, 10);
  build(lock, "small", {{"x", "h"}}, 10);
  lock.apply({{{"notetype", "42", Lock::stamp(nullptr, "-", "t", 20), true}}, {}});
  const std::string type_lines = "notetype 42 - t 20 20\n";
  auto digests = lock.digests_by_deck();
  CHECK(digests.at("big") == deckpress::anki::sha256_hex(deck_lines + type_lines));
  CHECK(digests.at("small") == deckpress::anki::sha256_hex("note x small h 10 10\n" + type_lines));
}
