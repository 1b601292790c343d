// A note type's template errors stop check, build and preview alike, at the
// template file's line and column.
#include <catch2/catch.hpp>

#include "cli/run.h"

using test::run;

TEST_CASE("check, build and preview report a template error at its line and write nothing") {
  test::TempDir dir("template-errors");
  for (std::string command : {"check", "build", "preview"}) {
    INFO(command);
    std::string out = command == "check" ? "" : " -o " + dir.str();
    auto result = run("cd " TESTS_DIR "/deck/bad && " DECKPRESS_BINARY " " + command + " template-unknown-field.toml" + out);
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.output, Catch::StartsWith("./templates/unknown-field/front.html:2:6: error: {{Meening}} names no "
                                                "field of note type 'Unknown field (test)'; did you mean 'Meaning'?"));
  }
  CHECK_FALSE(std::filesystem::exists(dir.path() / "template-unknown-field.apkg"));
  CHECK_FALSE(std::filesystem::exists(dir.path() / "template-unknown-field.html"));
}
