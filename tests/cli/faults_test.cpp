// Faults while writing: each is a clear error naming the file, exit code 3
// (1 for a bad font, which is a deck error), and every previous output and
// the lock file stay as they were.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

#include "cli/run.h"

using test::read_file;
using test::run;
using test::run_deckpress;
using test::write_file;
namespace fs = std::filesystem;

namespace {

const std::string kDeck = "[deck]\nname = \"Faults\"\n\n[[note]]\nid = \"q1\"\nfront = \"Q1\"\nback = \"A1\"\n";

// Bytes that do not compress, so a package holding them is at least as large.
std::string noise(size_t size) {
  std::mt19937 random(7);
  std::string bytes(size, '\0');
  for (char& c : bytes) c = static_cast<char>(random());
  return bytes;
}

// A custom note type "mine" in d/templates, without its back template
// (back.html), which each test writes or breaks as it needs.
void write_mine_note_type(const test::TempDir& dir) {
  write_file(dir.path() / "d/templates/mine/notetype.toml",
             "name = \"Mine (faults)\"\n[[field]]\nkey = \"front\"\nname = \"Front\"\n"
             "[[template]]\nname = \"Card 1\"\nfront = \"front.html\"\nback = \"back.html\"\n");
  write_file(dir.path() / "d/templates/mine/front.html", "{{Front}}");
}

// A 64 KiB tmpfs at `at` for the scope's life, when it can be mounted (it
// needs root): a folder that fills up after a few files.
class SmallTmpfs {
 public:
  explicit SmallTmpfs(const fs::path& at) : at_(at) {
    fs::create_directories(at);
    mounted_ = run("mount -t tmpfs -o size=64k tmpfs " + at.string()).exit_code == 0;
  }
  ~SmallTmpfs() {
    if (mounted_) run("umount " + at_.string());
  }
  bool mounted() const { return mounted_; }

 private:
  fs::path at_;
  bool mounted_ = false;
};

// The deck after an edit that changes the package and the lock.
std::string edited_deck() {
  return kDeck + "\n[[note]]\nid = \"q2\"\nfront = \"Q2\"\nback = \"![noise](noise.png)\"\n";
}

}  // namespace

TEST_CASE("an output folder that cannot be created is exit 3 naming it: the lock is untouched") {
  test::TempDir dir("fault-notdir");
  write_file(dir.path() / "d/deck.toml", kDeck);
  REQUIRE(run_deckpress("build " + dir.str() + "/d -o " + dir.str() + "/out -q").exit_code == 0);
  std::string lock = read_file(dir.path() / "d/deckpress.lock");
  write_file(dir.path() / "d/deck.toml", kDeck + "\n[[note]]\nid = \"q2\"\nfront = \"Q2\"\n");
  write_file(dir.path() / "blocker", "a regular file");

  // A path below a regular file fails even for root, unlike chmod 0555.
  auto result = run_deckpress("build " + dir.str() + "/d -o " + dir.str() + "/blocker/out -q");
  CHECK(result.exit_code == 3);
  CHECK_THAT(result.output, Catch::Contains(dir.str() + "/blocker/out") && Catch::Contains("Not a directory"));
  CHECK(read_file(dir.path() / "d/deckpress.lock") == lock);
}

namespace {

// A deck in dir/d built into dir/out, then edited and built again with
// TMPDIR set to `tmpdir`, where the package's database is built.
struct TmpdirBuild {
  test::Run first, again;
  std::string package, lock;              // after the first build
  std::string package_after, lock_after;  // after the second
};

TmpdirBuild build_again_with_tmpdir(const test::TempDir& dir, const fs::path& tmpdir) {
  TmpdirBuild result;
  write_file(dir.path() / "d/deck.toml", kDeck);
  auto build = "build " + dir.str() + "/d -o " + dir.str() + "/out --only apkg -q";
  result.first = run_deckpress(build);
  result.package = read_file(dir.path() / "out/deck.apkg");
  result.lock = read_file(dir.path() / "d/deckpress.lock");
  write_file(dir.path() / "d/deck.toml", kDeck + "\n[[note]]\nid = \"q2\"\nfront = \"Q2\"\n");
  result.again = run("TMPDIR=" + tmpdir.string() + " " + DECKPRESS_BINARY + " " + build);
  result.package_after = read_file(dir.path() / "out/deck.apkg");
  result.lock_after = read_file(dir.path() / "d/deckpress.lock");
  return result;
}

}  // namespace

TEST_CASE("a temporary folder that does not exist is exit 3 naming it: the package and lock are untouched") {
  test::TempDir dir("fault-tmpdir");
  auto result = build_again_with_tmpdir(dir, dir.path() / "gone");
  REQUIRE(result.first.exit_code == 0);
  CHECK(result.again.exit_code == 3);
  CHECK_THAT(result.again.output, Catch::Contains(dir.str() + "/gone"));
  CHECK(result.package_after == result.package);
  CHECK(result.lock_after == result.lock);
}

TEST_CASE("a full temporary folder is exit 3 naming it: the package and lock are untouched") {
  test::TempDir dir("fault-tmpfull");
  SmallTmpfs tmp(dir.path() / "tmp");
  if (!tmp.mounted()) {
    WARN("cannot mount a small tmpfs (needs root): the full temporary folder is not tested");
    return;
  }
  // Even a small collection is 13 pages of 16 KiB: more than the 64 KiB folder holds.
  auto result = build_again_with_tmpdir(dir, dir.path() / "tmp");
  bool left_empty = fs::is_empty(dir.path() / "tmp");
  CHECK(result.first.exit_code == 0);
  CHECK(result.again.exit_code == 3);
  CHECK_THAT(result.again.output, Catch::Contains("cannot build the collection in " + dir.str() + "/tmp"));
  CHECK(result.package_after == result.package);
  CHECK(result.lock_after == result.lock);
  CHECK(left_empty);
}

TEST_CASE("a full disk is exit 3 naming the file: the previous package and the lock are untouched") {
  test::TempDir dir("fault-full");
  SmallTmpfs out(dir.path() / "out");
  if (!out.mounted()) {
    WARN("cannot mount a small tmpfs (needs root): the full-disk case is not tested");
    return;
  }
  write_file(dir.path() / "d/deck.toml", kDeck);
  write_file(dir.path() / "d/noise.png", noise(200'000));
  auto build = "build " + dir.str() + "/d -o " + dir.str() + "/out --only apkg -q";
  auto first = run_deckpress(build);
  std::string package = read_file(dir.path() / "out/deck.apkg");
  std::string lock = read_file(dir.path() / "d/deckpress.lock");
  write_file(dir.path() / "d/deck.toml", edited_deck());

  auto full = run_deckpress(build);
  std::string package_after = read_file(dir.path() / "out/deck.apkg");
  std::vector<std::string> left;  // no temporary file may stay behind
  for (const auto& entry : fs::directory_iterator(dir.path() / "out")) left.push_back(entry.path().filename());
  CHECK(first.exit_code == 0);
  CHECK(full.exit_code == 3);
  CHECK_THAT(full.output, Catch::Contains(dir.str() + "/out/deck.apkg"));
  CHECK(package_after == package);
  CHECK(read_file(dir.path() / "d/deckpress.lock") == lock);
  std::sort(left.begin(), left.end());
  CHECK(left == std::vector<std::string>{".deckpress", "deck.apkg"});
}

// Tests run as root, for whom no permission bit makes a file unreadable, so
// unreadable files are made the ways root cannot read them either: a folder
// where the file should be, or bytes that are not what the name says.
TEST_CASE("a font that is missing, unreadable or not a font is an error naming it: the sheet and lock are untouched") {
  test::TempDir dir("fault-font");
  write_file(dir.path() / "d/deck.toml", kDeck);
  auto build = "build " + dir.str() + "/d -o " + dir.str() + "/out -q";
  REQUIRE(run_deckpress(build).exit_code == 0);
  std::string sheet = read_file(dir.path() / "out/deck.pdf");
  std::string lock = read_file(dir.path() / "d/deckpress.lock");
  fs::create_directories(dir.path() / "d/folder.ttf");
  write_file(dir.path() / "d/garbage.ttf", noise(4096));
  const std::string font = GENERATE(as<std::string>{}, "missing.ttf", "folder.ttf", "garbage.ttf");
  write_file(dir.path() / "d/deck.toml", kDeck + "\n[print]\nfonts = \"" + font + "\"\n");

  auto result = run_deckpress(build);
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.output, Catch::Contains("font '" + font + "' cannot be used"));
  CHECK(read_file(dir.path() / "out/deck.pdf") == sheet);
  CHECK(read_file(dir.path() / "d/deckpress.lock") == lock);
}

TEST_CASE("a template that cannot be read is an error naming it: the outputs are untouched") {
  test::TempDir dir("fault-template");
  write_file(dir.path() / "d/deck.toml", "[deck]\nname = \"Faults\"\nnote_type = \"mine\"\n\n[[note]]\nid = \"q1\"\nfront = \"Q1\"\n");
  write_mine_note_type(dir);
  write_file(dir.path() / "d/templates/mine/back.html", "{{FrontSide}}");
  auto build = "build " + dir.str() + "/d -o " + dir.str() + "/out -q";
  REQUIRE(run_deckpress(build).exit_code == 0);
  std::string package = read_file(dir.path() / "out/deck.apkg");
  fs::remove(dir.path() / "d/templates/mine/back.html");
  fs::create_directories(dir.path() / "d/templates/mine/back.html");

  auto result = run_deckpress(build);
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.output, Catch::Contains("notetype.toml:8:8: error: cannot read '" + dir.str() +
                                            "/d/templates/mine/back.html'"));
  CHECK_THAT(result.output, !Catch::Contains("unknown note type"));  // it is broken, not unknown
  CHECK(read_file(dir.path() / "out/deck.apkg") == package);
}

TEST_CASE("every deck that uses a broken note type fails, not only the first to load it") {
  test::TempDir dir("fault-shared-type");
  write_mine_note_type(dir);  // without its back.html
  for (const char* name : {"a", "b"})
    write_file(dir.path() / "d" / (std::string(name) + ".toml"),
               "[deck]\nname = \"" + std::string(name) + "\"\nnote_type = \"mine\"\n[[note]]\nfront = \"Q\"\n");

  auto result = run_deckpress("build " + dir.str() + "/d -o " + dir.str() + "/out -j 1");
  CHECK(result.exit_code == 1);
  for (const char* name : {"a", "b"})
    CHECK_THAT(result.output, Catch::Contains(std::string(name) + ".toml:3:13: error: note type 'mine' cannot be used"));
  CHECK_FALSE(fs::exists(dir.path() / "out/b.apkg"));
}
