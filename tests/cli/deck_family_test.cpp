// Decks of one build that name each other: a subdeck's package carries the
// parent its build defines, with the parent's description, and deck names
// Anki would take for one deck are errors.
#include <catch2/catch.hpp>

#include "cli/run.h"

namespace fs = std::filesystem;
using test::read_file;
using test::run;
using test::write_file;

namespace {

const std::string kSpanish = "[deck]\nname = \"Spanish\"\ndescription = \"All my *Spanish*\"\n\n[[note]]\nid = \"hola\"\nfront = \"hola\"\nback = \"hello\"\n";
const std::string kVerbs = "[deck]\nname = \"Spanish::Verbs\"\n\n[[note]]\nid = \"ser\"\nfront = \"ser\"\nback = \"to be\"\n";

struct Family {
  test::TempDir dir{"family"};
  Family() {
    write_file(dir.path() / "decks/spanish.toml", kSpanish);
    write_file(dir.path() / "decks/verbs.toml", kVerbs);
  }
  test::Run build(const std::string& out = "out", const std::string& extra = "") const {
    return run("cd " + dir.str() + " && " DECKPRESS_BINARY " build decks -o " + out + " " + extra);
  }
  // Each deck of a package as "name: description".
  std::string decks_of(const std::string& apkg) const {
    std::string db = dir.str() + "/c.anki2";
    run("unzip -p " + dir.str() + "/" + apkg + " collection.anki2 > " + db);
    return run("sqlite3 " + db + " \"SELECT group_concat(deck, ' | ') FROM (SELECT json_extract(value, '$.name') "
               "|| ': ' || json_extract(value, '$.desc') AS deck FROM col, json_each(col.decks) ORDER BY deck)\"")
        .output;
  }
};

}  // namespace

TEST_CASE("a subdeck's package carries the parent its build defines, with the parent's description") {
  Family family;
  REQUIRE(family.build().exit_code == 0);
  CHECK(family.decks_of("out/verbs.apkg") == "Default:  | Spanish: All my <em>Spanish</em> | Spanish::Verbs: \n");
  CHECK(family.decks_of("out/spanish.apkg") == "Default:  | Spanish: All my <em>Spanish</em>\n");

  // The parent unchanged and skipped: it is still read for its subdeck, whose
  // package is the one a full build makes.
  write_file(family.dir.path() / "decks/verbs.toml", kVerbs + "\n[[note]]\nid = \"estar\"\nfront = \"estar\"\nback = \"to be\"\n");
  auto result = family.build();
  CHECK_THAT(result.output, Catch::Contains("unchanged decks/spanish.toml"));
  CHECK_THAT(result.output, Catch::Contains("built decks/verbs.toml"));
  REQUIRE(family.build("full", "--force").exit_code == 0);
  CHECK(read_file(family.dir.path() / "out/verbs.apkg") == read_file(family.dir.path() / "full/verbs.apkg"));

  // A new parent description rebuilds the subdeck.
  std::string spanish = kSpanish;
  spanish.replace(spanish.find("All my *Spanish*"), 16, "Mis verbos");
  write_file(family.dir.path() / "decks/spanish.toml", spanish);
  CHECK_THAT(family.build().output, Catch::Contains("built decks/verbs.toml"));
  CHECK(family.decks_of("out/verbs.apkg") == "Default:  | Spanish: Mis verbos | Spanish::Verbs: \n");
}

TEST_CASE("a subdeck alone leaves its parent for Anki to create") {
  Family family;
  fs::remove(family.dir.path() / "decks/spanish.toml");
  REQUIRE(family.build().exit_code == 0);
  CHECK(family.decks_of("out/verbs.apkg") == "Default:  | Spanish::Verbs: \n");
}

TEST_CASE("deck names that differ only in case are an error, in the deck read this run") {
  Family family;
  write_file(family.dir.path() / "decks/verbs.toml", "[deck]\nname = \"spanish::Verbs\"\n\n[[note]]\nfront = \"ser\"\nback = \"to be\"\n");
  auto result = family.build();
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.output, Catch::Contains("decks/verbs.toml:1:1: error: deck name 'spanish' differs from 'Spanish' "
                                            "(decks/spanish.toml) only in case; Anki takes them for one deck: write them alike"));
  CHECK_FALSE(fs::exists(family.dir.path() / "out/verbs.apkg"));
}

TEST_CASE("a parent deck with errors is left out of its subdeck's package") {
  Family family;
  write_file(family.dir.path() / "decks/spanish.toml", kSpanish + "\n[[note]]\nfront = \"{{c0::x}}\"\nbak = \"y\"\n");
  auto result = family.build();
  CHECK(result.exit_code == 1);
  CHECK_FALSE(fs::exists(family.dir.path() / "out/spanish.apkg"));
  CHECK(family.decks_of("out/verbs.apkg") == "Default:  | Spanish::Verbs: \n");
}
