// A folder's lock through a build, in memory.
#include <catch2/catch.hpp>

#include "pipeline/fake_disk.h"
#include "pipeline/lock_file.h"

using deckpress::pipeline::LockFile;

TEST_CASE("a lock is read once however many decks ask for their digest") {
  test::FakeDisk disk;
  disk.create("d/deckpress.lock", "note g1 a h1 10 10\nnote g2 b h2 10 10\n");
  LockFile lock(disk, "d/deckpress.lock");
  lock.read();
  CHECK(lock.digest_of("a") != lock.digest_of("b"));
  CHECK(lock.digest_of("a") != "-");
  CHECK(disk.reads("d/deckpress.lock") == 1);
}

TEST_CASE("the problems of a malformed lock are at their lines, and there is no lock to stamp") {
  test::FakeDisk disk;
  disk.create("d/deckpress.lock", "note g1 a h1 10 10\nnote g2\n");
  LockFile lock(disk, "d/deckpress.lock");
  lock.read();
  REQUIRE(lock.problems().all().size() == 1);
  const auto& problem = lock.problems().all()[0];
  CHECK(problem.pos.path == "d/deckpress.lock");
  CHECK(problem.pos.line == 2);
  CHECK(problem.pos.column == 1);
  CHECK(lock.digest_of("a") == "-");
}

namespace {

deckpress::anki::LockStamps one_note(const std::string& hash, int64_t now, const deckpress::anki::LockEntry* found) {
  return {{{"note", "g1", deckpress::anki::Lock::stamp(found, "a", hash, now), found == nullptr}}, {}};
}

}  // namespace

TEST_CASE("without a lock file, a deck's digest is '-', and only applied stamps make a lock to save") {
  test::FakeDisk disk;
  LockFile lock(disk, "d/deckpress.lock");
  CHECK_FALSE(lock.exists());
  CHECK(lock.digest_of("a") == "-");
  CHECK(lock.current().find("note", "g1") == nullptr);
  CHECK_FALSE(lock.changed());  // a build that wrote nothing creates no lock
  lock.apply(one_note("h1", 100, nullptr));
  CHECK(lock.changed());
  lock.save();
  CHECK(disk.bytes("d/deckpress.lock").ends_with("note g1 a h1 100 100\n"));
}

TEST_CASE("a lock's digests follow the stamps applied to it") {
  test::FakeDisk disk;
  disk.create("d/deckpress.lock", "note g1 a h1 10 10\n");
  LockFile lock(disk, "d/deckpress.lock");
  const std::string before = lock.digest_of("a");
  CHECK_FALSE(lock.changed());
  lock.apply(one_note("h2", 100, lock.current().find("note", "g1")));
  CHECK(lock.changed());
  CHECK(lock.digest_of("a") != before);
}
