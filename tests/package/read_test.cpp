#include "package/read.h"

#include <catch2/catch.hpp>

#include "package/collection.h"
#include "package/zstd.h"
#include "sample_contents.h"

namespace package = deckpress::package;
using package::Format;

namespace {

struct Written {
  test::TempDir dir{"read"};
  std::filesystem::path file;
};

std::unique_ptr<Written> written(Format format, const test::fixture::Contents& contents = test::sample_contents(),
                                 test::fixture::Writer writer = test::fixture::Writer::anki) {
  auto out = std::make_unique<Written>();
  out->file = out->dir.path() / (format == Format::latest ? "current.apkg" : "legacy.apkg");
  test::fixture::write_package(contents, format, out->file, writer);
  return out;
}

// What every format must give the same.
void check_sample(const package::Package& read) {
  REQUIRE(read.decks.size() == 4);
  CHECK(read.decks[0].name == "Cram");
  CHECK(read.decks[0].filtered);
  CHECK(read.decks[1].name == "Default");
  CHECK(read.decks[2].name == "Spanish");
  CHECK(read.decks[2].description == "<b>Words</b>");
  CHECK(read.decks[3].name == "Spanish::Verbs");
  CHECK_FALSE(read.decks[3].filtered);

  REQUIRE(read.note_types.size() == 2);
  const package::NoteType& basic = read.note_types[0];
  CHECK(basic.id == test::basic_id);
  CHECK(basic.name == "Basic");
  CHECK_FALSE(basic.is_cloze);
  CHECK(basic.field_names() == std::vector<std::string>{"Front", "Back"});
  CHECK(basic.fields[0].id == 1001);
  CHECK(basic.fields[1].id == 1002);
  CHECK(basic.fields[1].settings.rtl);
  CHECK(basic.fields[0].settings.font == "Arial");
  CHECK(basic.fields[0].settings.font_size == 20);
  REQUIRE(basic.templates.size() == 1);
  CHECK(basic.templates[0].name == "Card 1");
  CHECK(basic.templates[0].front == "{{Front}}");
  CHECK(basic.templates[0].back == "{{FrontSide}}<hr id=answer>{{Back}}");
  CHECK(basic.templates[0].id == 2001);
  CHECK(basic.css == ".card { color: black; }");
  CHECK(basic.sort_field == 1);
  CHECK(basic.mod == 1700000100);
  CHECK(basic.latex_pre == "\\begin{document}");
  const package::NoteType& cloze = read.note_types[1];
  CHECK(cloze.is_cloze);
  CHECK_FALSE(cloze.fields[0].id);
  CHECK_FALSE(cloze.templates[0].id);
  CHECK(cloze.templates[0].back == "{{cloze:Text}}<br>\n{{Back Extra}}");
  CHECK(cloze.original_stock_kind == package::StockKind::cloze);

  REQUIRE(read.notes.size() == 2);
  CHECK(read.notes[0].guid == "b]x%1");
  CHECK(read.notes[0].note_type_id == test::basic_id);
  CHECK(read.notes[0].mod == 1700000300);
  CHECK(read.notes[0].fields == std::vector<std::string>{"hablar <img src=\"talk.png\">", "to speak"});
  CHECK(read.notes[0].tags == std::vector<std::string>{"verbs", "ar::regular"});
  CHECK(read.notes[1].fields == std::vector<std::string>{"{{c1::Hola}}, {{c2::mundo}}", "[sound:hola.mp3]"});

  REQUIRE(read.cards.size() == 3);
  CHECK(read.cards[0].deck_id == test::child_deck);
  CHECK(read.cards[2].ord == 1);
  CHECK(read.cards[2].deck_id == test::parent_deck);  // its home, not the filtered deck

  REQUIRE(read.media.size() == 2);
  CHECK(read.media[0].member == "0");
  CHECK(read.media[0].name == "talk.png");
  CHECK(read.media[0].present);
  CHECK(read.media[0].size == 9);
  CHECK(read.media[1].name == "hola.mp3");
}

}  // namespace

TEST_CASE("every package format reads into the same model") {
  SECTION("current: meta, zstd collection.anki21b at schema 18, protobuf blobs") {
    auto package = written(Format::latest);
    const package::PackageReader reader(package->file);
    const package::Package read = reader.read();
    CHECK(read.format == Format::latest);
    CHECK(read.collection_member == "collection.anki21b");
    CHECK(read.schema_version == 18);
    check_sample(read);
    CHECK(reader.media_bytes(read.media[0]) == "\x89PNG fake");
    CHECK(reader.media_bytes(read.media[1]) == std::string("ID3\0\x01", 5));
  }
  SECTION("legacy 2: collection.anki21 beside a stub collection.anki2") {
    auto package = written(Format::legacy2);
    const package::PackageReader reader(package->file);
    const package::Package read = reader.read();
    CHECK(read.format == Format::legacy2);
    CHECK(read.collection_member == "collection.anki21");
    CHECK(read.schema_version == 11);
    check_sample(read);
    CHECK(reader.media_bytes(read.media[0]) == "\x89PNG fake");
  }
  SECTION("legacy 1 as genanki writes it: ids as strings, no field ids") {
    test::fixture::Contents contents = test::sample_contents();
    auto package = written(Format::legacy1, contents, test::fixture::Writer::genanki);
    const package::Package read = package::read_package(package->file);
    CHECK(read.collection_member == "collection.anki2");
    CHECK(read.note_types[0].id == test::basic_id);
    CHECK(read.note_types[0].fields[0].settings.font == "Liberation Sans");
  }
}

TEST_CASE("a schema-18 collection needs Anki's unicase collation to be queried by name") {
  test::TempDir dir;
  const auto db_path = dir.path() / "collection.anki21b";
  test::fixture::write_schema18(db_path, test::sample_contents());
  SQLite::Database db(db_path.string(), SQLite::OPEN_READONLY);
  CHECK_THROWS_WITH(db.exec("SELECT name FROM decks ORDER BY name"),
                    Catch::Contains("no such collation sequence: unicase"));
  package::register_unicase(db);
  SQLite::Statement names(db, "SELECT CAST(name AS TEXT) FROM decks WHERE name = 'spanish'");
  REQUIRE(names.executeStep());
  CHECK(names.getColumn(0).getString() == "Spanish");
}

TEST_CASE("which member is read: meta's version, else collection.anki21, else collection.anki2") {
  test::TempDir dir;
  const auto apkg = dir.path() / "x.apkg";
  const std::string legacy = test::fixture::file_bytes(written(Format::legacy1)->file);
  SECTION("an unknown version is newer than deckpress reads") {
    test::fixture::write_zip(apkg, {{"meta", std::string("\x08\x04", 2)}, {"collection.anki2", "stub"}});
    CHECK_THROWS_WITH(package::read_package(apkg),
                      apkg.string() + ": the meta member says the package is of version 4, newer "
                                      "than deckpress reads (1 to 3)");
  }
  SECTION("an empty meta, as Anki reads it, is version 0") {
    test::fixture::write_zip(apkg, {{"meta", ""}, {"collection.anki2", "stub"}});
    CHECK_THROWS_WITH(package::read_package(apkg), Catch::Contains("of version 0, newer"));
  }
  SECTION("version 3 without its collection: no falling back to the stub") {
    test::fixture::write_zip(apkg, {{"meta", std::string("\x08\x03", 2)}, {"collection.anki2", "stub"}});
    CHECK_THROWS_WITH(package::read_package(apkg),
                      apkg.string() + ": the package holds no collection.anki21b");
  }
  SECTION("a malformed meta") {
    test::fixture::write_zip(apkg, {{"meta", std::string("\x08\x83", 2)}});
    CHECK_THROWS_WITH(package::read_package(apkg),
                      apkg.string() + ": the meta member is malformed: the message ends inside a number");
  }
}

TEST_CASE("a damaged current package is an error naming the member") {
  test::TempDir dir;
  const auto apkg = dir.path() / "x.apkg";
  auto members = [&](const std::string& collection, const std::string& media) {
    return std::vector<test::fixture::Member>{{"meta", std::string("\x08\x03", 2)},
                                              {"collection.anki21b", collection},
                                              {"media", media}};
  };
  const std::string frame = test::fixture::zstd_frame(std::string(100000, 'x'));
  SECTION("a collection cut inside its zstd frame") {
    test::fixture::write_zip(apkg, members(frame.substr(0, frame.size() / 2), ""));
    CHECK_THROWS_WITH(package::read_package(apkg),
                      apkg.string() + ": collection.anki21b is not valid zstd data: it ends inside a frame");
  }
  SECTION("a collection that decodes to no database") {
    test::fixture::write_zip(apkg, members(frame, ""));
    CHECK_THROWS_WITH(package::read_package(apkg),
                      Catch::StartsWith(apkg.string() + ": not a readable Anki collection"));
  }
  SECTION("a media map whose protobuf is cut short") {
    const auto good = written(Format::latest);
    package::ZipReader zip(good->file);
    std::string entry;
    test::fixture::put_bytes(entry, 1, "cat.png");
    std::string map;
    test::fixture::put_bytes(map, 1, entry);
    test::fixture::write_zip(apkg, members(zip.read("collection.anki21b", 1 << 24),
                                           test::fixture::zstd_frame(map.substr(0, map.size() - 2))));
    CHECK_THROWS_WITH(package::read_package(apkg),
                      apkg.string() + ": the media map is malformed: a field claims 9 bytes, but "
                                      "only 7 are left");
  }
}

TEST_CASE("a current package's media names are checked like a legacy one's") {
  test::fixture::Contents contents = test::sample_contents();
  SECTION("a name that climbs out of the media folder") {
    contents.media[1].name = "../../.bashrc";
    auto package = written(Format::latest, contents);
    CHECK_THROWS_WITH(package::read_package(package->file),
                      package->file.string() + ": the media map names member 1 \"../../.bashrc\", "
                                               "which is not a plain file name");
  }
  SECTION("the same name twice") {
    contents.media[1].name = "talk.png";
    auto package = written(Format::latest, contents);
    CHECK_THROWS_WITH(package::read_package(package->file),
                      Catch::EndsWith("the media map names \"talk.png\" twice"));
  }
}

TEST_CASE("a malformed protobuf setting names its row") {
  test::TempDir dir;
  const auto db_path = dir.path() / "collection";
  test::fixture::write_schema18(db_path, test::sample_contents());
  {
    SQLite::Database db(db_path.string(), SQLite::OPEN_READWRITE);
    package::register_unicase(db);
    db.exec("UPDATE templates SET config = x'0a05414243' WHERE ntid = " + std::to_string(test::basic_id));
  }
  const auto apkg = dir.path() / "x.apkg";
  test::fixture::write_zip(apkg, {{"meta", std::string("\x08\x03", 2)},
                                  {"collection.anki21b", test::fixture::zstd_frame(test::fixture::file_bytes(db_path))}});
  CHECK_THROWS_WITH(package::read_package(apkg),
                    apkg.string() + ": template 'Card 1' of note type 1342697561419 has a malformed "
                                    "setting: a field claims 5 bytes, but only 3 are left");
}

TEST_CASE("zstd data is held to the limit, declared or not") {
  const std::string bytes(1 << 20, 'a');
  SECTION("a frame without a declared size is counted as it decodes") {
    const std::string frame = test::fixture::zstd_frame(bytes);
    CHECK(frame.size() < 1000);
    CHECK(package::zstd_decode(frame, "the bomb", 1 << 20) == bytes);
    CHECK_THROWS_WITH(package::zstd_decode(frame, "the bomb", (1 << 20) - 1),
                      "the bomb expands beyond the limit of 1048575 bytes");
  }
  SECTION("a frame declaring more than the limit is refused before decoding") {
    std::string frame(ZSTD_compressBound(bytes.size()), '\0');
    frame.resize(ZSTD_compress(frame.data(), frame.size(), bytes.data(), bytes.size(), 3));
    CHECK_THROWS_WITH(package::zstd_decode(frame, "the bomb", 1000),
                      "the bomb declares 1048576 bytes, more than the limit of 1000");
  }
  SECTION("concatenated frames decode as one stream, as Anki reads them") {
    const std::string two = test::fixture::zstd_frame("ab") + test::fixture::zstd_frame("cd");
    CHECK(package::zstd_decode(two, "two", 10) == "abcd");
  }
}

TEST_CASE("the collection is decompressed no further than the reader's limit") {
  auto package = written(Format::latest);
  package::ReadLimits limits;
  limits.collection_bytes = 4096;
  CHECK_THROWS_WITH(package::PackageReader(package->file, limits).read(),
                    package->file.string() + ": collection.anki21b expands beyond the limit of 4096 bytes");
}
