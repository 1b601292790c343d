#include "anki/inspect.h"
#include "package/read.h"

#include <zip.h>

#include <catch2/catch.hpp>
#include <map>

#include "anki/ids.h"
#include "sample_package.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace package = deckpress::package;
using namespace deckpress::anki;
using namespace deckpress::anki::testing;

namespace {

// A ZIP holding the given entries, as another tool might have written it.
void write_zip(const std::filesystem::path& out,
               const std::map<std::string, std::string>& entries) {
  zip_t* archive = zip_open(out.c_str(), ZIP_CREATE | ZIP_TRUNCATE, nullptr);
  REQUIRE(archive);
  for (const auto& [name, bytes] : entries) {
    zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
    REQUIRE(zip_file_add(archive, name.c_str(), source, 0) >= 0);
  }
  REQUIRE(zip_close(archive) == 0);
}

std::string sample_collection(const test::TempDir& dir) {
  SamplePackage sample;
  write_package_file(sample.input, dir.path() / "sample.apkg");
  return package::ZipReader(dir.path() / "sample.apkg").read("collection.anki2", 1 << 20);
}

}  // namespace

TEST_CASE("inspect shows what our own package holds") {
  test::TempDir dir;
  SamplePackage sample;
  write_package_file(sample.input, dir.path() / "sample.apkg");
  const package::Package contents = package::read_package(dir.path() / "sample.apkg");

  const std::string basic = std::to_string(note_type_id("deckpress Basic"));
  const std::string cloze = std::to_string(note_type_id("deckpress Cloze"));
  CHECK(format_text(contents) ==
        "collection.anki2 (schema 11)\n"
        "\nDecks (2)\n"
        "  1  Default\n"
            "  " +
            std::to_string(deck_id("Python::Basics")) +
            "  Python::Basics\n"
            "\nNote types (2)\n"
            "  " +
            basic +
            "  deckpress Basic (standard)\n"
            "    fields: Front, Back\n"
            "    template \"Card 1\"\n"
            "      front: {{Front}}\n"
            "      back:  {{FrontSide}}<hr id=answer>{{Back}}\n"
            "  " +
            cloze +
            "  deckpress Cloze (cloze)\n"
            "    fields: Text, Back Extra\n"
            "    template \"Cloze\"\n"
            "      front: {{cloze:Text}}\n"
            "      back:  {{cloze:Text}}<br>\\n{{Back Extra}}\n"
            "\nNotes (2), cards (3)\n"
            "  1411124400000  guid basicguid  type deckpress Basic\n"
            "    Front: <b>x</b> &lt; y&nbsp;z\n"
            "    Back: Back\n"
            "    tags: python basics\n"
            "    card 0 in Python::Basics\n"
            "  1411124400001  guid clozeguid  type deckpress Cloze\n"
            "    Text: {{c1::a}} {{c2::b}}\n"
            "    Back Extra: \n"
            "    card 0 in Python::Basics\n"
            "    card 1 in Python::Basics\n"
            "\nMedia (2)\n"
            "  0  cat.png  27 bytes\n"
            "  1  diagram.svg  62 bytes\n");

  const auto json = to_json(contents);
  CHECK(json["notes"][0].dump() ==
        R"({"id":1411124400000,"guid":"basicguid","note_type":)" + basic +
            R"(,"fields":["<b>x</b> &lt; y&nbsp;z","Back"],"tags":["python","basics"]})");
  CHECK(json["cards"][0].dump() == R"({"id":1411124399999,"note":1411124400000,"ord":0,"deck":)" +
                                       std::to_string(deck_id("Python::Basics")) + "}");
  CHECK(json["media"][1].dump() ==
        R"({"entry":"1","name":"diagram.svg","present":true,"size":62})");
}

TEST_CASE("inspect prefers collection.anki21 and reports missing media entries") {
  test::TempDir dir;
  const auto apkg = dir.path() / "other.apkg";
  write_zip(apkg, {{"collection.anki2", "a dummy, never read"},
                   {"collection.anki21", sample_collection(dir)},
                   {"media", R"({"10":"late.mp3","2":"early.png"})"},
                   {"2", "png"}});
  const package::Package contents = package::read_package(apkg);
  CHECK(contents.collection_member == "collection.anki21");
  CHECK(contents.notes.size() == 2);
  REQUIRE(contents.media.size() == 2);
  CHECK(contents.media[0].name == "early.png");
  CHECK(contents.media[0].present);
  CHECK(contents.media[1].member == "10");
  CHECK_FALSE(contents.media[1].present);
}

TEST_CASE("inspect refuses what it cannot read, with a reason") {
  test::TempDir dir;
  const auto apkg = dir.path() / "x.apkg";
  SECTION("a current package whose collection is not zstd data") {
    write_zip(
        apkg,
        {{"collection.anki2", "dummy"}, {"collection.anki21b", "zstd"}, {"meta", "\x08\x03"}});
    CHECK_THROWS_WITH(package::read_package(apkg),
                      apkg.string() + ": collection.anki21b is not valid zstd data: it does not "
                                      "start with a zstd frame");
  }
  SECTION("no collection") {
    write_zip(apkg, {{"notes.txt", "hello"}});
    CHECK_THROWS_WITH(package::read_package(apkg),
                      apkg.string() + ": not an Anki package: it holds no collection.anki2");
  }
  SECTION("a collection that is no database") {
    write_zip(apkg, {{"collection.anki2", std::string(4096, 'x')}});
    CHECK_THROWS_WITH(package::read_package(apkg),
                      Catch::StartsWith(apkg.string() + ": not a readable Anki collection"));
  }
  SECTION("not a ZIP file") {
    std::ofstream(apkg) << "plain text";
    CHECK_THROWS_WITH(package::read_package(apkg),
                      Catch::StartsWith(apkg.string() + ": not a readable ZIP file"));
  }
}

TEST_CASE("hostile packages: a media name outside the folder refuses the package") {
  test::TempDir dir;
  const auto apkg = dir.path() / "inner" / "x.apkg";
  std::filesystem::create_directories(apkg.parent_path());
  write_zip(apkg, {{"collection.anki2", sample_collection(dir)},
                   {"media", "{\"0\":\"../escaped.png\"}"},
                   {"0", "outside"},
                   {"../escaped.png", "outside"},
                   {"/tmp/absolute.png", "outside"}});
  CHECK_THROWS_WITH(package::read_package(apkg),
                    apkg.string() + ": the media map names member 0 \"../escaped.png\", which is "
                                    "not a plain file name");
  CHECK_FALSE(std::filesystem::exists(dir.path() / "escaped.png"));
  CHECK_FALSE(std::filesystem::exists(dir.path() / "inner" / "escaped.png"));
}

TEST_CASE("a collection at another schema version is refused with the reason") {
  test::TempDir dir;
  std::string collection = sample_collection(dir);
  const auto db_path = dir.path() / "collection.anki2";
  std::ofstream(db_path, std::ios::binary) << collection;
  {
    SQLite::Database db(db_path.string(), SQLite::OPEN_READWRITE);
    db.exec("UPDATE col SET ver = 16");
  }
  const auto apkg = dir.path() / "new.apkg";
  write_zip(apkg, {{"collection.anki2", read_bytes(db_path)}});
  CHECK_THROWS_WITH(package::read_package(apkg), Catch::Contains("collection schema 16 is not one deckpress reads (11 and 18"));
}

TEST_CASE("reading an entry stops at the size the archive states, before inflating") {
  test::TempDir dir;
  write_zip(dir.path() / "bomb.zip", {{"big", std::string(100000, '0')}});
  const package::ZipReader zip(dir.path() / "bomb.zip");
  CHECK(zip.read("big", 100000).size() == 100000);
  CHECK_THROWS_WITH(zip.read("big", 99999), "entry big holds 100000 bytes, more than the limit of 99999");
}

TEST_CASE("a note with huge fields is refused before it is read") {
  test::TempDir dir;
  const auto db_path = dir.path() / "collection.anki2";
  std::ofstream(db_path, std::ios::binary) << sample_collection(dir);
  {
    SQLite::Database db(db_path.string(), SQLite::OPEN_READWRITE);
    // 17,000,000 bytes: over the 16 MiB limit on one note's fields.
    db.exec("UPDATE notes SET flds = replace(hex(zeroblob(8500000)), '0', 'x') WHERE guid = 'basicguid'");
  }
  const auto apkg = dir.path() / "huge.apkg";
  write_zip(apkg, {{"collection.anki2", read_bytes(db_path)}});
  CHECK_THROWS_WITH(package::read_package(apkg),
                    Catch::Contains(std::to_string(first_note_id) +
                                    " has 17000000 bytes of fields, more than the limit of 16777216 bytes (16 MiB)"));
}
