// A folder's lock through a build, in memory.
#include <catch2/catch.hpp>

#include "pipeline/fake_disk.h"
#include "pipeline/folder_lock.h"

using deckpress::pipeline::FolderLock;

TEST_CASE("a lock is read once however many decks ask for their digest") {
  test::FakeDisk disk;
  disk.create("d/deckpress.lock", "note g1 a h1 10 10\nnote g2 b h2 10 10\n");
  FolderLock lock(disk, "d/deckpress.lock");
  lock.read();
  CHECK(lock.digest_of("a") != lock.digest_of("b"));
  CHECK(lock.digest_of("a") != "-");
  CHECK(disk.reads("d/deckpress.lock") == 1);
}

TEST_CASE("the problems of a malformed lock are at their lines, and there is no lock to stamp") {
  test::FakeDisk disk;
  disk.create("d/deckpress.lock", "note g1 a h1 10 10\nnote g2\n");
  FolderLock lock(disk, "d/deckpress.lock");
  lock.read();
  REQUIRE(lock.problems().all().size() == 1);
  const auto& problem = lock.problems().all()[0];
  CHECK(problem.pos.path == "d/deckpress.lock");
  CHECK(problem.pos.line == 2);
  CHECK(problem.pos.column == 1);
  CHECK(lock.digest_of("a") == "-");
}

TEST_CASE("without a lock file, a deck's digest is '-' and stamping makes a new lock to save") {
  test::FakeDisk disk;
  FolderLock lock(disk, "d/deckpress.lock");
  CHECK_FALSE(lock.exists());
  CHECK(lock.digest_of("a") == "-");
  CHECK_FALSE(lock.changed());
  lock.for_stamping().stamp("note", "g1", "a", "h1", 100);
  CHECK(lock.changed());
  lock.save();
  CHECK(disk.bytes("d/deckpress.lock").ends_with("note g1 a h1 100 100\n"));
}

TEST_CASE("a lock stamped with what it holds is unchanged; its digests follow the stamping") {
  test::FakeDisk disk;
  disk.create("d/deckpress.lock", "note g1 a h1 10 10\n");
  FolderLock lock(disk, "d/deckpress.lock");
  const std::string before = lock.digest_of("a");
  lock.for_stamping().stamp("note", "g1", "a", "h1", 100);
  lock.for_stamping().forget_unstamped("a");
  CHECK_FALSE(lock.changed());
  CHECK(lock.digest_of("a") == before);
  lock.for_stamping().stamp("note", "g1", "a", "h2", 100);
  CHECK(lock.changed());
  CHECK(lock.digest_of("a") != before);
}
