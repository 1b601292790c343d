// Containers and chroots without /proc mounted: outputs are written whole
// and named at the end all the same, and their bytes are those of any build.
#include <catch2/catch.hpp>

#include "cli/run.h"

using test::read_file;
using test::run;
using test::run_deckpress;
using test::write_file;
namespace fs = std::filesystem;

namespace {

const std::string kDeck = "[deck]\nname = \"No proc\"\n\n[[note]]\nid = \"q1\"\nfront = \"Q1\"\nback = \"A1\"\n";

// `deckpress build` in a mount namespace of its own with /proc unmounted,
// started through `wrapper` (empty, or setpriv dropping a capability).
test::Run build_without_proc(const test::TempDir& dir, const std::string& wrapper) {
  std::string build = std::string(DECKPRESS_BINARY) + " build " + dir.str() + "/deck.toml -o " + dir.str() + "/out -q";
  return run("unshare --mount --propagation private sh -c 'umount -l /proc && exec " + wrapper + " " + build + "'");
}

bool no_temporary_left(const fs::path& folder) {
  for (const auto& entry : fs::directory_iterator(folder))
    if (entry.path().filename().string().find(".tmp-") != std::string::npos) return false;
  return true;
}

}  // namespace

TEST_CASE("a build where /proc is not mounted writes the same package and sheet as any build") {
  test::TempDir dir("no-proc");
  write_file(dir.path() / "deck.toml", kDeck);
  REQUIRE(run_deckpress("build " + dir.str() + "/deck.toml -o " + dir.str() + "/usual -q").exit_code == 0);
#ifdef __SANITIZE_ADDRESS__
  // AddressSanitizer finds the stack and the program's name in /proc: a
  // sanitized program cannot run without it. The plain build tests this.
  WARN("a sanitizer build cannot run without /proc: builds without /proc are tested by the plain build only");
  return;
#endif
  if (run("unshare --mount --propagation private sh -c 'umount -l /proc'").exit_code != 0) {
    WARN("cannot unmount /proc in a mount namespace (needs root): builds without /proc are not tested");
    return;
  }
  // With CAP_DAC_READ_SEARCH the unnamed file is linked by its descriptor;
  // without it, its bytes are copied into a named temporary file.
  auto wrapper = GENERATE(std::string(), std::string("setpriv --bounding-set -dac_read_search"));
  CAPTURE(wrapper);
  fs::remove_all(dir.path() / "out");
  auto built = build_without_proc(dir, wrapper);
  INFO(built.output);
  REQUIRE(built.exit_code == 0);
  CHECK(read_file(dir.path() / "out/deck.apkg") == read_file(dir.path() / "usual/deck.apkg"));
  CHECK(read_file(dir.path() / "out/deck.pdf") == read_file(dir.path() / "usual/deck.pdf"));
  CHECK(no_temporary_left(dir.path() / "out"));
}
