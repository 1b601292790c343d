// `cmake --install`: where every file goes, and an installed deckpress that
// runs and finds its data wherever the prefix is.
#include <catch2/catch.hpp>

#include <set>

#include "cli/run.h"

namespace fs = std::filesystem;

namespace {

// Installs this build folder under `prefix` (within DESTDIR `destdir` if given).
void install(const fs::path& prefix, const std::string& destdir = "") {
  std::string env = destdir.empty() ? "" : "DESTDIR=" + destdir + " ";
  auto result = test::run(env + CMAKE_COMMAND " --install " BUILD_DIR " --prefix " + prefix.string());
  INFO(result.output);
  REQUIRE(result.exit_code == 0);
}

// The files below `root`, as paths relative to it.
std::set<std::string> files_below(const fs::path& root) {
  std::set<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(root))
    if (!entry.is_directory()) files.insert(fs::relative(entry.path(), root).generic_string());
  return files;
}

}  // namespace

TEST_CASE("cmake --install puts the binary, data, man page, completions and docs where they belong") {
  test::TempDir prefix("install-prefix");
  install(prefix.path());
  auto files = files_below(prefix.path());
  for (const char* file : {"bin/deckpress", "share/deckpress/schema/deck.schema.json",
                           "share/man/man1/deckpress.1.gz", "share/bash-completion/completions/deckpress",
                           "share/zsh/site-functions/_deckpress", "share/fish/vendor_completions.d/deckpress.fish",
                           "share/doc/deckpress/README.md", "share/doc/deckpress/docs/ci.md"}) {
    INFO(file);
    CHECK(files.count(file) == 1);
  }
  for (const auto& file : files) {
    INFO(file);
    CHECK((file.rfind("bin/", 0) == 0 || file.rfind("share/", 0) == 0));
  }
  CHECK(test::read_file(prefix.path() / "share/deckpress/schema/deck.schema.json") ==
        test::read_file(PROJECT_DIR "/schema/deck.schema.json"));
  auto man = test::run("gzip -dc " + prefix.str() + "/share/man/man1/deckpress.1.gz");
  CHECK(man.output == test::run_deckpress("generate man").output);
}

TEST_CASE("the installed deckpress runs and builds a deck") {
  test::TempDir prefix("install-run");
  install(prefix.path());
  auto version = test::run(prefix.str() + "/bin/deckpress --version");
  CHECK(version.output == test::run_deckpress("--version").output);
  auto build = test::run(prefix.str() + "/bin/deckpress build " PROJECT_DIR "/decks/python-interview.toml -o " +
                         prefix.str() + "/output");
  INFO(build.output);
  CHECK(build.exit_code == 0);
  CHECK(fs::file_size(prefix.path() / "output/python-interview.apkg") > 0);
  CHECK(fs::file_size(prefix.path() / "output/python-interview.pdf") > 0);
}

TEST_CASE("an installed program finds its data under the prefix it was installed to, moved or not") {
  test::TempDir dir("install-data");
  install(dir.path() / "usr-local");
  fs::copy_file(DATA_DIR_PROBE, dir.path() / "usr-local/bin/probe");
  CHECK(test::run(dir.str() + "/usr-local/bin/probe").output == dir.str() + "/usr-local/share/deckpress\n");

  fs::rename(dir.path() / "usr-local", dir.path() / "opt");
  CHECK(test::run(dir.str() + "/opt/bin/probe").output == dir.str() + "/opt/share/deckpress\n");

  // Run from a build folder, with no share/deckpress beside it: the source tree.
  CHECK(test::run(DATA_DIR_PROBE).output == std::string(PROJECT_DIR) + "\n");
}

TEST_CASE("installed under /usr, with DESTDIR as a package build does, zsh's completion goes to vendor-completions") {
  test::TempDir dir("install-destdir");
  install("/usr", dir.str());
  auto files = files_below(dir.path());
  CHECK(files.count("usr/bin/deckpress") == 1);
  CHECK(files.count("usr/share/zsh/vendor-completions/_deckpress") == 1);
  CHECK(files.count("usr/share/man/man1/deckpress.1.gz") == 1);
}
