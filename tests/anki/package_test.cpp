#include "anki/package.h"

#include <zip.h>

#include <catch2/catch.hpp>
#include <ctime>

#include "sample_package.h"

namespace package = deckpress::package;
using namespace deckpress::anki;
using namespace deckpress::anki::testing;

namespace {

struct OpenedZip {
  zip_t* archive;
  explicit OpenedZip(const std::filesystem::path& file)
      : archive(zip_open(file.c_str(), ZIP_RDONLY, nullptr)) {
    REQUIRE(archive);
  }
  ~OpenedZip() { zip_discard(archive); }
  zip_stat_t stat(zip_uint64_t index) const {
    zip_stat_t st;
    REQUIRE(zip_stat_index(archive, index, 0, &st) == 0);
    return st;
  }
};

}  // namespace

TEST_CASE("the package lists the database, the media map, then media by name") {
  test::TempDir dir;
  SamplePackage sample;
  const auto out = dir.path() / "sample.apkg";
  write_package_file(sample.input, out);

  OpenedZip zip(out);
  REQUIRE(zip_get_num_entries(zip.archive, 0) == 4);
  CHECK(std::string(zip_get_name(zip.archive, 0, 0)) == "collection.anki2");
  CHECK(std::string(zip_get_name(zip.archive, 1, 0)) == "media");
  CHECK(std::string(zip_get_name(zip.archive, 2, 0)) == "0");
  CHECK(std::string(zip_get_name(zip.archive, 3, 0)) == "1");

  package::ZipReader reader(out);
  CHECK(reader.read("media", 1000) == R"({"0":"cat.png","1":"diagram.svg"})");
  CHECK(reader.read("0", 1000) == read_bytes(sample.input.media[1].source_path));
  CHECK(reader.read("1", 1000) == read_bytes(sample.input.media[0].source_path));
}

TEST_CASE("without media the map is an empty object") {
  test::TempDir dir;
  SamplePackage sample;
  sample.input.media.clear();
  write_package_file(sample.input, dir.path() / "plain.apkg");
  package::ZipReader reader(dir.path() / "plain.apkg");
  CHECK(reader.read("media", 1000) == "{}");
  CHECK_FALSE(reader.has("0"));
}

TEST_CASE("entries carry fixed metadata and the right compression") {
  test::TempDir dir;
  SamplePackage sample;
  write_package_file(sample.input, dir.path() / "sample.apkg");
  OpenedZip zip(dir.path() / "sample.apkg");

  std::tm dos_epoch{};
  dos_epoch.tm_year = 80;
  dos_epoch.tm_mday = 1;
  dos_epoch.tm_isdst = -1;
  const std::time_t expected_mtime =
      std::mktime(&dos_epoch);  // libzip reads DOS times as local time
  const zip_uint16_t methods[] = {ZIP_CM_DEFLATE, ZIP_CM_DEFLATE, ZIP_CM_STORE, ZIP_CM_DEFLATE};
  for (zip_uint64_t i = 0; i < 4; ++i) {
    INFO("entry " << i);
    CHECK(zip.stat(i).comp_method == methods[i]);
    CHECK(zip.stat(i).mtime == expected_mtime);
    CHECK(zip_file_extra_fields_count(zip.archive, i, ZIP_FL_LOCAL | ZIP_FL_CENTRAL) == 0);
    zip_uint8_t system = 0;
    zip_uint32_t attributes = 0;
    REQUIRE(zip_file_get_external_attributes(zip.archive, i, 0, &system, &attributes) == 0);
    CHECK(system == ZIP_OPSYS_UNIX);
    CHECK(attributes == 0100644u << 16);
  }
}

TEST_CASE("identical input gives identical bytes") {
  test::TempDir dir;
  SamplePackage sample;
  write_package_file(sample.input, dir.path() / "first.apkg");
  write_package_file(sample.input, dir.path() / "second.apkg");
  CHECK(read_bytes(dir.path() / "first.apkg") == read_bytes(dir.path() / "second.apkg"));

  SECTION("and the deflate level changes them") {
    write_package_file(sample.input, dir.path() / "small.apkg", {.deflate_level = 9});
    CHECK(read_bytes(dir.path() / "first.apkg") != read_bytes(dir.path() / "small.apkg"));
  }
}

TEST_CASE("inconsistent input is refused before anything is written") {
  test::TempDir dir;
  SamplePackage sample;
  const auto out = dir.path() / "bad.apkg";
  SECTION("field count") {
    sample.input.notes[0].fields_html.pop_back();
    CHECK_THROWS_WITH(
        write_package_file(sample.input, out),
        "cannot write the Anki package: note clozeguid has 1 fields, its note type 2");
  }
  SECTION("no cards") {
    sample.input.notes[1].card_ords.clear();
    CHECK_THROWS_WITH(write_package_file(sample.input, out),
                      "cannot write the Anki package: note basicguid yields no card");
  }
  SECTION("repeated guid") {
    sample.input.notes[1].guid = "clozeguid";
    CHECK_THROWS_WITH(write_package_file(sample.input, out),
                      "cannot write the Anki package: two notes have the guid clozeguid");
  }
  SECTION("media names") {
    sample.input.media[0].name = "img/cat.png";
    CHECK_THROWS_WITH(
        write_package_file(sample.input, out),
        "cannot write the Anki package: media name \"img/cat.png\" is not a plain file name");
    sample.input.media[0].name = "cat.png";
    CHECK_THROWS_WITH(write_package_file(sample.input, out),
                      "cannot write the Anki package: two media files are named \"cat.png\"");
  }
  CHECK(std::filesystem::file_size(out) == 0);
}

TEST_CASE("a missing media file is named in the error and nothing is written") {
  test::TempDir dir;
  SamplePackage sample;
  sample.input.media[0].source_path = dir.path() / "gone.svg";
  CHECK_THROWS_WITH(write_package_file(sample.input, dir.path() / "x.apkg"),
                    Catch::Contains((dir.path() / "gone.svg").string()));
  CHECK(std::filesystem::file_size(dir.path() / "x.apkg") == 0);
}
