#include <catch2/catch.hpp>

#include "anki/ids.h"
#include "anki/lock.h"

using deckpress::Diagnostics;
using deckpress::anki::Lock;

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

}  // namespace

TEST_CASE("a lock entry keeps its time until the content changes") {
  Lock lock;
  CHECK(lock.stamp("note", "g1", "deck", "h1", 1000).modified == 1000);
  CHECK(lock.stamp("note", "g1", "deck", "h1", 2000).modified == 1000);
  auto changed = lock.stamp("note", "g1", "deck", "h2", 3000);
  CHECK(changed.added == 1000);
  CHECK(changed.modified == 3000);
}

TEST_CASE("a change never moves a note's time backwards") {
  Lock lock;
  lock.stamp("note", "g1", "deck", "h1", 5000);
  CHECK(lock.stamp("note", "g1", "deck", "h2", 4000).modified == 5001);
}

TEST_CASE("stamping an entry found beforehand is stamping it by key") {
  Lock lock;
  lock.stamp("note", "g1", "deck", "h1", 1000);
  CHECK(lock.find("note", "g2") == nullptr);
  const auto* found = lock.find("note", "g1");
  REQUIRE(found != nullptr);
  const auto& entry = lock.stamp("note", "g1", "other", "h2", 3000, found);
  CHECK(&entry == found);
  CHECK(entry.deck == "other");
  CHECK(entry.added == 1000);
  CHECK(entry.modified == 3000);
  CHECK(lock.changed());
  // Not found before: the same key stamped twice is one entry.
  lock.stamp("note", "g2", "deck", "h1", 4000, nullptr);
  CHECK(lock.stamp("note", "g2", "deck", "h1", 5000, nullptr).added == 4000);
}

TEST_CASE("the lock round-trips through its sorted text form") {
  Lock lock;
  lock.stamp("note", "zz", "deck", "h1", 20);
  lock.stamp("note", "aa", "deck", "h2", 10);
  lock.stamp("notetype", "42", "-", "h3", 30);
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
  lock.stamp("note", "a", "d1", "h", 5);
  lock.forget_unstamped("d1");
  std::string text = lock.serialize();
  CHECK(text.find("note a d1") != std::string::npos);
  CHECK(text.find("note b d1") == std::string::npos);
  CHECK(text.find("note c d2") != std::string::npos);
}

TEST_CASE("a lock knows whether a build changed it") {
  Lock lock = parsed("note a d1 h 1 1\nnote b d1 h 1 1\n");
  lock.stamp("note", "a", "d1", "h", 5);
  SECTION("the same notes again") {
    lock.stamp("note", "b", "d1", "h", 5);
    lock.forget_unstamped("d1");
    CHECK_FALSE(lock.changed());
  }
  SECTION("new content") {
    lock.stamp("note", "b", "d1", "h2", 5);
    CHECK(lock.changed());
  }
  SECTION("a new note") {
    lock.stamp("note", "c", "d1", "h", 5);
    CHECK(lock.changed());
  }
  SECTION("a note moved to another deck file") {
    lock.stamp("note", "b", "d2", "h", 5);
    CHECK(lock.changed());
  }
  SECTION("a deleted note") {
    lock.forget_unstamped("d1");
    CHECK(lock.changed());
  }
}

TEST_CASE("find sees every entry parse and stamp leave, and none forget_unstamped dropped") {
  Lock lock = parsed("note a d1 h 1 1\nnote b d1 h 1 1\nnote c d2 h 1 1\n");
  lock.stamp("note", "new", "d1", "h", 5);
  lock.stamp("note", "a", "d1", "h", 5);
  lock.forget_unstamped("d1");
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
  std::string deck_lines, type_lines;
  for (int i = 0; i < 3000; ++i) {  // about 100 KiB of lines: more than one 64 KiB block
    std::string key = "n" + std::to_string(100000 + i);
    lock.stamp("note", key, "big", "hash", 10);
    deck_lines += "note " + key + " big hash 10 10\n";
  }
  lock.stamp("note", "x", "small", "h", 10);
  lock.stamp("notetype", "42", "-", "t", 20);
  type_lines = "notetype 42 - t 20 20\n";
  auto digests = lock.digests_by_deck();
  CHECK(digests.at("big") == deckpress::anki::sha256_hex(deck_lines + type_lines));
  CHECK(digests.at("small") == deckpress::anki::sha256_hex("note x small h 10 10\n" + type_lines));
}
