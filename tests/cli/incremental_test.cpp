#include <catch2/catch.hpp>

#include <regex>
#include <thread>

#include "cli/run.h"

namespace fs = std::filesystem;
using test::read_file;
using test::run;
using test::run_deckpress;
using test::write_file;

namespace {

const char* const deck = R"([deck]
name = "Incremental"
note_type = "pictures"

[[note]]
id = "one"
front = "![logo](media/logo.png) First"
back = "Answer"
)";

const char* const note_type = R"toml(name = "Pictures (test)"
css = ["style.css"]
[[field]]
key = "front"
name = "Front"
required = true
[[field]]
key = "back"
name = "Back"
[[template]]
name = "Card 1"
front = "front.html"
back = "back.html"
)toml";

// A deck folder with a custom note type and an image, built once.
struct Project {
  test::TempDir dir;
  explicit Project(const std::string& name) : dir(name) {
    write_file(dir.path() / "decks/small.toml", deck);
    write_file(dir.path() / "decks/templates/pictures/notetype.toml", note_type);
    write_file(dir.path() / "decks/templates/pictures/front.html", "{{Front}}");
    write_file(dir.path() / "decks/templates/pictures/back.html", "{{FrontSide}}<hr id=answer>{{Back}}");
    write_file(dir.path() / "decks/templates/pictures/style.css", ".card { color: black; }");
    fs::create_directories(dir.path() / "decks/media");
    fs::copy_file(PROJECT_DIR "/decks/media/deckpress-logo.png", dir.path() / "decks/media/logo.png");
  }
  test::Run build(const std::string& extra = "") const {
    return run("cd " + dir.str() + " && " DECKPRESS_BINARY " build decks -o out " + extra);
  }
  bool rebuilt(const std::string& extra = "") const {
    auto result = build(extra);
    INFO(result.output);
    REQUIRE(result.exit_code == 0);
    return result.output.find("built decks/small.toml") != std::string::npos;
  }
  void edit(const std::string& file, const std::string& text) const {
    write_file(dir.path() / file, text);
  }
};

}  // namespace

TEST_CASE("an unchanged deck is skipped and says so") {
  Project project("skip");
  CHECK(project.rebuilt());
  auto again = project.build();
  CHECK_THAT(again.output, Catch::Contains("unchanged decks/small.toml (1 notes, 1 cards)"));
  CHECK(project.rebuilt("--force"));
}

TEST_CASE("an unchanged deck whose notes have no id is skipped too") {
  Project project("skip-no-ids");
  project.edit("decks/small.toml", std::regex_replace(std::string(deck), std::regex("id = \"one\"\n"), ""));
  CHECK(project.rebuilt());
  CHECK_FALSE(project.rebuilt());
}

TEST_CASE("each kind of input change rebuilds the deck") {
  Project project("inputs");
  REQUIRE(project.rebuilt());
  SECTION("the deck file") { project.edit("decks/small.toml", std::string(deck) + "tags = [\"x\"]\n"); }
  SECTION("a template") { project.edit("decks/templates/pictures/front.html", "<b>{{Front}}</b>"); }
  SECTION("the note type's CSS") { project.edit("decks/templates/pictures/style.css", ".card {}"); }
  SECTION("a media file") {
    project.edit("decks/media/logo.png", read_file(PROJECT_DIR "/decks/media/deckpress-logo.png") + "trailing");
  }
  SECTION("the lock file") { project.edit("decks/deckpress.lock", ""); }
  SECTION("a deleted output") { fs::remove(project.dir.path() / "out/small.pdf"); }
  SECTION("a changed output") { project.edit("out/small.apkg", "damaged"); }
  CHECK(project.rebuilt());
}

TEST_CASE("a deck stays unchanged when the lock changes only for another deck") {
  Project project("neighbour");
  const std::string other = "[deck]\nname = \"Other\"\n[[note]]\nid = \"o\"\nfront = \"q\"\nback = \"a\"\n";
  project.edit("decks/other.toml", other);
  REQUIRE(project.rebuilt());
  std::string lock = read_file(project.dir.path() / "decks/deckpress.lock");
  project.edit("decks/other.toml", other + "[[note]]\nid = \"p\"\nfront = \"q2\"\nback = \"a2\"\n");
  auto result = project.build();
  CHECK_THAT(result.output, Catch::Contains("built decks/other.toml"));
  CHECK_THAT(result.output, Catch::Contains("unchanged decks/small.toml"));
  REQUIRE(read_file(project.dir.path() / "decks/deckpress.lock") != lock);
  CHECK_FALSE(project.rebuilt());
}

TEST_CASE("changed print options rebuild the deck") {
  Project project("options");
  REQUIRE(project.rebuilt());
  CHECK(project.rebuilt("--paper letter"));
  CHECK_FALSE(project.rebuilt("--paper letter"));
  CHECK(project.rebuilt("--only apkg"));
}

TEST_CASE("a custom note type appearing beside the decks rebuilds decks that use the built-in") {
  Project project("shadow");
  project.edit("decks/other.toml", "[deck]\nname = \"Other\"\n[[note]]\nfront = \"q\"\nback = \"a\"\n");
  REQUIRE(project.build().exit_code == 0);
  project.edit("decks/templates/basic/notetype.toml", note_type);
  project.edit("decks/templates/basic/front.html", "custom {{Front}}");
  project.edit("decks/templates/basic/back.html", "{{Back}}");
  project.edit("decks/templates/basic/style.css", "");
  CHECK_THAT(project.build().output, Catch::Contains("built decks/other.toml"));
}

TEST_CASE("a change to a note type the deck carries in note_types, which no note uses, rebuilds it") {
  Project project("carried");
  project.edit("decks/small.toml", std::regex_replace(std::string(deck), std::regex("note_type = \"pictures\""),
                                                      "note_types = [\"pictures\"]"));
  REQUIRE(project.rebuilt());
  CHECK_FALSE(project.rebuilt());
  project.edit("decks/templates/pictures/front.html", "<b>{{Front}}</b>");
  CHECK(project.rebuilt());
}

TEST_CASE("parallel and serial builds give identical bytes") {
  test::TempDir dir("parallel");
  fs::copy(PROJECT_DIR "/decks", dir.path() / "decks", fs::copy_options::recursive);
  std::string decks = dir.str() + "/decks -o " + dir.str();
  REQUIRE(run_deckpress("build " + decks + "/serial -j 1").exit_code == 0);
  REQUIRE(run_deckpress("build " + decks + "/parallel -j 4").exit_code == 0);
  for (const auto& entry : fs::directory_iterator(dir.path() / "serial")) {
    if (entry.is_directory()) continue;
    INFO(entry.path());
    CHECK(read_file(entry.path()) == read_file(dir.path() / "parallel" / entry.path().filename()));
  }
}

TEST_CASE("the JSON report lists each deck with its counts and problems") {
  Project project("report");
  project.edit("decks/broken.toml", "[deck]\nname = \"Broken\"\n[[note]]\nfront = \"q\"\nbak = \"a\"\n");
  auto result = project.build("--report report.json --diagnostics github");
  CHECK(result.exit_code == 1);
  std::string report = read_file(project.dir.path() / "report.json");
  CHECK_THAT(report, Catch::Contains(R"("file": "decks/broken.toml",
      "name": "Broken",
      "status": "failed")"));
  CHECK_THAT(report, Catch::Contains(R"("severity": "error",
          "file": "decks/broken.toml",
          "line": 5,
          "column": 1,
          "message": "unknown key 'bak' in a 'basic' note; did you mean 'back'?")"));
  CHECK_THAT(report, Catch::Contains(R"("status": "built",
      "outputs": [
        "out/small.apkg",
        "out/small.pdf"
      ],
      "notes": 1,
      "cards": 1,)"));
  CHECK_THAT(result.output, Catch::Contains(
      "::error file=decks/broken.toml,line=5,col=1::unknown key 'bak' in a 'basic' note; did you mean 'back'?\n"));
}

TEST_CASE("a build killed part-way leaves whole outputs and no temporary files") {
  test::TempDir dir("killed");
  std::string notes = "[deck]\nname = \"Big\"\n";
  for (int i = 0; i < 30000; ++i)
    notes += "[[note]]\nid = \"n" + std::to_string(i) + "\"\nfront = \"Question " + std::to_string(i) +
             " with *some* words\"\nback = \"\"\"\nAnswer with a list:\n\n- one\n- two\n\"\"\"\n";
  write_file(dir.path() / "decks/big.toml", notes);
  std::string build = " " DECKPRESS_BINARY " build " + dir.str() + "/decks -o " + dir.str() + "/out";
  REQUIRE(run(build).exit_code == 0);
  const std::string old_apkg = read_file(dir.path() / "out/big.apkg");
  const std::string old_pdf = read_file(dir.path() / "out/big.pdf");

  // Each kill lands somewhere else in the build; whatever it interrupts, every
  // output is the old file or a complete new one, and nothing else is left.
  write_file(dir.path() / "decks/big.toml", notes + "[[note]]\nfront = \"one more\"\nback = \"b\"\n");
  for (double seconds : {0.05, 0.2, 0.4, 0.8, 1.6}) {
    INFO(seconds);
    run("timeout -s KILL " + std::to_string(seconds) + build);
    for (const auto& entry : fs::directory_iterator(dir.path() / "out"))
      CHECK(entry.path().filename().string().find(".tmp") == std::string::npos);
    if (read_file(dir.path() / "out/big.apkg") != old_apkg)
      CHECK(run("unzip -tq " + dir.str() + "/out/big.apkg").exit_code == 0);
    if (read_file(dir.path() / "out/big.pdf") != old_pdf)
      CHECK(run("pdfinfo " + dir.str() + "/out/big.pdf").exit_code == 0);
    std::istringstream lock(read_file(dir.path() / "decks/deckpress.lock"));
    size_t entries = 0;
    for (std::string line; std::getline(lock, line);)
      entries += !line.starts_with("#") && std::count(line.begin(), line.end(), ' ') == 5;
    CHECK(entries >= 30000);
  }
}

namespace {

// `deckpress watch decks -o out` running in `dir`, stopped by its process id
// when the test ends (timeout's, which passes the signal on).
class Watcher {
 public:
  explicit Watcher(const test::TempDir& dir) : dir_(dir.path()), log_(dir.path() / "watch.log") {
    auto started = run("cd " + dir.str() + " && (timeout 60 " DECKPRESS_BINARY " watch decks -o out > " +
                       log_.string() + " 2>&1 & echo $!)");
    pid_ = std::stoi(started.output);
    for (int i = 0; i < 300 && read_file(log_).find("watching") == std::string::npos; ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  ~Watcher() {
    run("kill " + std::to_string(pid_));
    for (int i = 0; i < 100 && run("kill -0 " + std::to_string(pid_)).exit_code == 0; ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }

  // Waits until `output` differs from `before`; true when it did.
  bool changes(const std::string& output, const std::string& before) const {
    fs::path file = dir_ / output;
    for (int i = 0; i < 300 && read_file(file) == before; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    return read_file(file) != before;
  }

 private:
  fs::path dir_, log_;
  int pid_ = 0;
};

}  // namespace

TEST_CASE("watch rebuilds a deck when its file changes") {
  Project project("watch");
  Watcher watcher(project.dir);
  std::string before = read_file(project.dir.path() / "out/small.apkg");
  REQUIRE_FALSE(before.empty());
  project.edit("decks/small.toml", std::string(deck) + "tags = [\"watched\"]\n");
  CHECK(watcher.changes("out/small.apkg", before));
}

TEST_CASE("watch rebuilds on a change deep in templates/ where it runs") {
  Project project("watch-templates");
  // The note type moves from decks/templates/ to templates/ beside decks/.
  fs::rename(project.dir.path() / "decks/templates", project.dir.path() / "templates");
  REQUIRE(project.build().exit_code == 0);
  Watcher watcher(project.dir);
  std::string before = read_file(project.dir.path() / "out/small.apkg");
  project.edit("templates/pictures/front.html", "<i>{{Front}}</i>");
  CHECK(watcher.changes("out/small.apkg", before));
}

TEST_CASE("watch rebuilds on a change in a media folder beside decks/") {
  Project project("watch-media");
  fs::create_directories(project.dir.path() / ".git");
  project.edit("deckpress.lock", "");
  fs::rename(project.dir.path() / "decks/media", project.dir.path() / "media");
  project.edit("decks/small.toml", std::regex_replace(std::string(deck), std::regex("media/"), "../media/"));
  REQUIRE(project.build().exit_code == 0);
  Watcher watcher(project.dir);
  std::string before = read_file(project.dir.path() / "out/small.apkg");
  project.edit("media/logo.png", read_file(PROJECT_DIR "/decks/media/deckpress-logo.png") + "changed");
  CHECK(watcher.changes("out/small.apkg", before));
}
