#include "anki/diff.h"
#include "package/read.h"

#include <catch2/catch.hpp>

#include "anki/ids.h"
#include "package/sample_contents.h"
#include "sample_package.h"

namespace package = deckpress::package;
using namespace deckpress::anki;
using namespace deckpress::anki::testing;

namespace {

// The sample package's next release: one field edited and retagged, a note
// added, the cloze note removed, and the basic type given a field, a new
// answer side and new styling.
void edit_release(SamplePackage& next) {
  next.basic.css = ".card { color: navy; }";
  next.basic.fields.push_back("Extra");
  next.basic.field_keys.push_back("extra");
  next.basic.templates[0].back = "{{FrontSide}}<hr id=answer>{{Back}}<br>{{Extra}}";
  PackageNote& basic = next.input.notes[1];
  basic.fields_html = {basic.fields_html[0], "Back <i>side</i>", ""};
  basic.tags = {"python", "new"};
  next.input.notes.erase(next.input.notes.begin());
  next.input.notes.push_back({.guid = "newguid",
                              .id = first_note_id + 2,
                              .mod = 1411124700,
                              .type = &next.basic,
                              .fields_html = {"What is a <b>list</b>?", "A sequence", ""},
                              .tags = {},
                              .deck_name = "Python::Basics",
                              .card_ords = {0}});
}

package::Package written(const SamplePackage& sample, const std::filesystem::path& apkg) {
  write_package_file(sample.input, apkg);
  return package::read_package(apkg);
}

package::NoteType note_type(int64_t id, std::string name, std::vector<std::string> fields) {
  package::NoteType type;
  type.id = id;
  type.name = std::move(name);
  for (std::string& field : fields) type.fields.push_back({.name = std::move(field)});
  type.templates = {{.name = "Card 1", .front = "{{Front}}", .back = "{{Back}}"}};
  return type;
}

package::Note note(std::string guid, int64_t type, std::vector<std::string> fields) {
  return {.id = 1, .guid = std::move(guid), .note_type_id = type, .fields = std::move(fields)};
}

}  // namespace

TEST_CASE("diff reports the notes and note types a release changed") {
  test::TempDir dir;
  SamplePackage first;
  SamplePackage second;
  edit_release(second);
  const PackageDiff diff =
      diff_packages(written(first, dir.path() / "old.apkg"), written(second, dir.path() / "new.apkg"));

  CHECK(format_diff_text(diff) ==
        "1 note added, 1 changed, 1 removed; note types: 1 changed\n"
        "\nNotes added (1)\n"
        "  + newguid  Python::Basics  \"What is a list?\"\n"
        "\nNotes changed (1)\n"
        "  ~ basicguid  Python::Basics  \"x < y z\"\n"
        "      Back: \"Back\" -> \"Back side\"\n"
        "      tags: +new -basics\n"
        "\nNotes removed (1)\n"
        "  - clozeguid  Python::Basics  \"{{c1::a}} {{c2::b}}\"\n"
        "\nNote types changed (1)\n"
        "  ~ deckpress Basic\n"
        "      field added: Extra\n"
        "      template changed: Card 1 (back)\n"
        "      CSS changed\n");

  const auto json = diff_to_json(diff);
  CHECK(json["identical"] == false);
  CHECK(json["notes"]["changed"][0].dump() ==
        R"({"guid":"basicguid","note_type":"deckpress Basic","deck":"Python::Basics",)"
        R"("fields":[{"name":"Back","old":"Back","new":"Back <i>side</i>"}],)"
        R"("tags":{"added":["new"],"removed":["basics"]},"old_note_type":null,"old_deck":null})");
  CHECK(json["notes"]["added"][0]["fields"].dump() ==
        R"({"Front":"What is a <b>list</b>?","Back":"A sequence","Extra":""})");
  CHECK(json["notes"]["removed"][0]["guid"] == "clozeguid");
  CHECK(json["note_types"]["changed"][0].dump() ==
        R"({"id":)" + std::to_string(note_type_id("deckpress Basic")) +
            R"(,"name":"deckpress Basic","old_name":null,)"
            R"("fields":{"added":["Extra"],"removed":[],"renamed":[]},)"
            R"("templates":{"added":[],"removed":[],"renamed":[],)"
            R"("changed":[{"name":"Card 1","front":false,"back":true}]},"css_changed":true})");
}

TEST_CASE("diff of a package against itself finds no changes") {
  test::TempDir dir;
  SamplePackage sample;
  const package::Package contents = written(sample, dir.path() / "same.apkg");
  const PackageDiff diff = diff_packages(contents, contents);
  CHECK(format_diff_text(diff) == "no changes\n");
  CHECK(diff_to_json(diff).dump() ==
        R"({"identical":true,"notes":{"added":[],"changed":[],"removed":[]},)"
        R"("note_types":{"added":[],"changed":[],"removed":[]}})");
}

TEST_CASE("diff follows renames of a note type and its fields") {
  package::Package old;
  old.note_types = {note_type(7, "Basic", {"Front", "Back"})};
  old.notes = {note("g", 7, {"front", "back"})};
  package::Package now = old;
  now.note_types[0] = note_type(7, "Vocabulary", {"Word", "Back"});
  now.note_types[0].templates.push_back({"Card 2", "{{Back}}", "{{Word}}"});
  now.note_types[0].css = ".card { color: red; }";

  CHECK(format_diff_text(diff_packages(old, now)) ==
        "0 notes added, 0 changed, 0 removed; note types: 1 changed\n"
        "\nNote types changed (1)\n"
        "  ~ Vocabulary\n"
        "      renamed from: Basic\n"
        "      field renamed: Front -> Word\n"
        "      template added: Card 2\n"
        "      CSS changed\n");
}

TEST_CASE("diff matches the fields of a note that changed note type by name") {
  package::Package old;
  old.note_types = {note_type(1, "Basic", {"Front", "Back"})};
  old.notes = {note("g", 1, {"same", "old back"})};
  package::Package now;
  now.note_types = {note_type(2, "Reversed", {"Back", "Front"})};
  now.notes = {note("g", 2, {"new back", "same"})};

  CHECK(format_diff_text(diff_packages(old, now)) ==
        "0 notes added, 1 changed, 0 removed; note types: 1 added, 1 removed\n"
        "\nNotes changed (1)\n"
        "  ~ g  \"new back\"\n"
        "      Back: \"old back\" -> \"new back\"\n"
        "      note type: Basic -> Reversed\n"
        "\nNote types added (1)\n"
        "  + Reversed\n"
        "\nNote types removed (1)\n"
        "  - Basic\n");
}

TEST_CASE("diff shows long fields as one short line") {
  package::Package old;
  old.note_types = {note_type(1, "Basic", {"Front", "Back"})};
  old.notes = {note("g", 1, {"q", "short"})};
  package::Package now = old;
  now.notes[0].fields[1] = "<p>é é\n\n</p>" + std::string(55, 'x') + "éé";

  CHECK(format_diff_text(diff_packages(old, now)) ==
        "0 notes added, 1 changed, 0 removed; note types: unchanged\n"
        "\nNotes changed (1)\n"
        "  ~ g  \"q\"\n"
        "      Back: \"short\" -> \"é é " +
            std::string(55, 'x') + "é...\"\n");
}

TEST_CASE("diff compares packages across formats: a current export against a legacy one") {
  test::TempDir dir;
  test::fixture::Contents contents = test::sample_contents();
  test::fixture::write_package(contents, package::Format::legacy1, dir.path() / "old.apkg");
  contents.notes[0].fields[1] = "to talk";
  test::fixture::write_package(contents, package::Format::latest, dir.path() / "new.colpkg");
  const PackageDiff diff = diff_packages(package::read_package(dir.path() / "old.apkg"),
                                         package::read_package(dir.path() / "new.colpkg"));
  CHECK(diff.notes_added.empty());
  CHECK(diff.notes_removed.empty());
  CHECK(diff.note_types_changed.empty());
  REQUIRE(diff.notes_changed.size() == 1);
  CHECK(diff.notes_changed[0].note.guid == "b]x%1");
  REQUIRE(diff.notes_changed[0].fields.size() == 1);
  CHECK(diff.notes_changed[0].fields[0].name == "Back");
  CHECK(diff.notes_changed[0].fields[0].old_html == "to speak");
  CHECK(diff.notes_changed[0].fields[0].new_html == "to talk");
}
