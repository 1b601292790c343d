#pragma once
// A small package input shared by the anki tests: two note types, notes in
// an order that differs from their ids, and two media files.
#include <fcntl.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "anki/package.h"
#include "package/zip_reader.h"
#include "support/file_descriptor.h"
#include "support/temp_dir.h"

namespace deckpress::anki::testing {

inline constexpr int64_t first_note_id = 1411124400000;

struct SamplePackage {
  NoteType basic{.key = "basic",
                 .name = "deckpress Basic",
                 .fields = {"Front", "Back"},
                 .field_keys = {"front", "back"},
                 .templates = {{"Card 1", "{{Front}}", "{{FrontSide}}<hr id=answer>{{Back}}"}},
                 .css = ".card { color: black; }"};
  NoteType cloze{.key = "cloze",
                 .name = "deckpress Cloze",
                 .is_cloze = true,
                 .fields = {"Text", "Back Extra"},
                 .field_keys = {"text", "extra"},
                 .templates = {{"Cloze", "{{cloze:Text}}", "{{cloze:Text}}<br>\n{{Back Extra}}"}},
                 .css = ".cloze { font-weight: bold; }"};
  PackageInput input;

  SamplePackage() {
    const std::filesystem::path media = std::filesystem::path(TESTS_DIR) / "anki" / "media";
    input.created = 1411124400;
    input.decks = {{"Python::Basics", "<p>Intro</p>"}};
    input.note_types = {{&basic, 1411124400}, {&cloze, 1411124401}};
    input.notes = {
        {.guid = "clozeguid",
         .id = first_note_id + 1,
         .mod = 1411124500,
         .type = &cloze,
         .fields_html = {"{{c1::a}} {{c2::b}}", ""},
         .tags = {},
         .deck_name = "Python::Basics",
         .card_ords = {0, 1}},
        {.guid = "basicguid",
         .id = first_note_id,
         .mod = 1411124600,
         .type = &basic,
         .fields_html = {"<b>x</b> &lt; y&nbsp;z", "Back"},
         .tags = {"python", "basics", "python"},
         .deck_name = "Python::Basics",
         .card_ords = {0}},
    };
    // Given out of name order: the package sorts them.
    input.media = {{"diagram.svg", media / "diagram.svg"}, {"cat.png", media / "cat.png"}};
  }
  SamplePackage(const SamplePackage&) = delete;
};


// Writes the package to a file, as the build does with its bytes.
inline void write_package_file(const PackageInput& input, const std::filesystem::path& out,
                          const PackageOptions& options = {}) {
  FileDescriptor file{::open(out.c_str(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0644)};
  REQUIRE(file.fd >= 0);
  deckpress::anki::write_package(input, file.fd, options);
}

inline std::string read_bytes(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace deckpress::anki::testing
