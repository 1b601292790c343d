// "This input changed, so that deck rebuilds", decided in memory: DeckScan
// and LockFile over a FakeDisk, without a file.
#include <catch2/catch.hpp>

#include "pipeline/deck_scan.h"
#include "pipeline/fake_disk.h"

using deckpress::pipeline::DeckScan;
using deckpress::pipeline::Fingerprint;
using deckpress::pipeline::FileState;
using deckpress::pipeline::LockFile;

namespace {

const std::string kLock =
    "note g1 small h1 10 10\n"
    "note g2 other h2 10 10\n"
    "notetype 42 - h3 10 10\n";

// A deck folder in memory, built once: decks/small.toml with a template and
// an image, its lock, and its outputs in out/.
struct Project {
  test::FakeDisk disk;
  std::string options = "options-1";

  Project() {
    disk.create("decks/small.toml", "[deck]\nname = \"Small\"\n");
    disk.create("decks/templates/pictures/front.html", "{{Front}}");
    disk.create("decks/media/logo.png", "PNG");
    disk.create("decks/deckpress.lock", kLock);
    build();
  }

  // What Builder does once it has written the outputs.
  void build() {
    disk.create("out/small.apkg", "package of " + disk.bytes("decks/small.toml"));
    disk.create("out/small.pdf", "sheet");
    LockFile lock(disk, "decks/deckpress.lock");
    Fingerprint fingerprint;
    fingerprint.options = options;
    fingerprint.lock = lock.digest_of("small");
    fingerprint.lock_file = lock.state();
    for (const char* input : {"decks/small.toml", "decks/templates/basic/notetype.toml",
                              "decks/templates/pictures/front.html", "decks/media/logo.png"})
      fingerprint.inputs.push_back(FileState::of(disk, input));
    for (const char* output : {"out/small.apkg", "out/small.pdf"})
      fingerprint.outputs.push_back(FileState::of(disk, output));
    DeckScan(disk, "out", options).record("decks/small.toml", fingerprint);
  }

  // What the next build decides.
  bool up_to_date() {
    LockFile lock(disk, "decks/deckpress.lock");
    return DeckScan(disk, "out", options).up_to_date("decks/small.toml", lock, "small").has_value();
  }
};

}  // namespace

TEST_CASE("a deck whose inputs, outputs, options and lock entries are unchanged is up to date") {
  Project project;
  CHECK(project.up_to_date());
  CHECK(project.disk.has("out/.deckpress/small.stamp"));
}

TEST_CASE("each changed input or output makes the deck rebuild") {
  Project project;
  SECTION("the deck file") { project.disk.create("decks/small.toml", "[deck]\nname = \"Smaller\"\n"); }
  SECTION("a template") { project.disk.create("decks/templates/pictures/front.html", "<b>{{Front}}</b>"); }
  SECTION("a media file") { project.disk.create("decks/media/logo.png", "PNG2"); }
  SECTION("a deleted media file") { project.disk.remove("decks/media/logo.png"); }
  SECTION("a note type file appearing where it would be found first") {
    project.disk.create("decks/templates/basic/notetype.toml", "name = \"Mine\"\n");
  }
  SECTION("the deck's lock entries") {
    project.disk.create("decks/deckpress.lock", "note g1 small h9 10 20\nnote g2 other h2 10 10\nnotetype 42 - h3 10 10\n");
  }
  SECTION("a note type's lock entry, which every deck depends on") {
    project.disk.create("decks/deckpress.lock", "note g1 small h1 10 10\nnote g2 other h2 10 10\nnotetype 42 - h4 10 20\n");
  }
  SECTION("a deleted output") { project.disk.remove("out/small.pdf"); }
  SECTION("a changed output") { project.disk.create("out/small.apkg", "damaged"); }
  SECTION("other options") { project.options = "options-2"; }
  SECTION("a damaged stamp") { project.disk.create("out/.deckpress/small.stamp", "garbage"); }
  SECTION("a missing stamp") { project.disk.remove("out/.deckpress/small.stamp"); }
  CHECK_FALSE(project.up_to_date());
  project.build();
  CHECK(project.up_to_date());
}

TEST_CASE("an input with its recorded size and time is not read, and a touched one is and stays up to date") {
  Project project;
  const int digests = project.disk.digests("decks/small.toml");
  CHECK(project.up_to_date());
  CHECK(project.disk.digests("decks/small.toml") == digests);
  project.disk.touch("decks/small.toml");
  CHECK(project.up_to_date());
  CHECK(project.disk.digests("decks/small.toml") == digests + 1);
}

TEST_CASE("an untouched lock is not read to decide, and a lock changed only for another deck is and keeps the deck") {
  Project project;
  CHECK(project.up_to_date());
  CHECK(project.disk.reads("decks/deckpress.lock") == 1);  // by the build that recorded the stamp
  project.disk.create("decks/deckpress.lock", "note g1 small h1 10 10\nnote g2 other h7 10 30\n"
                                              "note g3 other h8 30 30\nnotetype 42 - h3 10 10\n");
  CHECK(project.up_to_date());
  CHECK(project.disk.reads("decks/deckpress.lock") == 2);
}
