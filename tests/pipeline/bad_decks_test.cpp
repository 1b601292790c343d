// The corpus of bad decks in tests/deck/bad/: each file's exact diagnostics
// from the loader and the compiler, as `deckpress check` reports them.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cards/template_check.h"
#include "pipeline/compiled.h"
#include "pipeline/pipeline.h"
#include "pipeline/repository.h"
#include "support/temp_dir.h"
#include "deck/loader.h"

using namespace deckpress;
namespace fs = std::filesystem;

namespace {

using Problems = std::vector<std::string>;

const fs::path kBadDecks = TESTS_DIR "/deck/bad";

// Each problem as "line:col: severity: message", prefixed with the file's
// path relative to the deck's folder when it is in another file (a template).
Problems problems_of(const fs::path& file, const Limits& limits = {}, const fs::path& repository = {}) {
  NoteTypes note_types{{file.parent_path() / "templates"}, cards::check_templates};
  Diagnostics diagnostics;
  if (auto deck = load_deck_file(file, note_types, diagnostics, limits))
    pipeline::compile_deck(std::move(*deck), diagnostics, repository);
  Problems problems;
  for (const auto& d : diagnostics.all()) {
    std::string where = d.pos.path == file.generic_string()
                            ? ""
                            : fs::path(d.pos.path.str()).lexically_relative(file.parent_path()).generic_string() + ":";
    problems.push_back(where + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column) + ": " +
                       (d.severity == Severity::error ? "error: " : "warning: ") + d.message);
  }
  return problems;
}

std::string read_bytes(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::string with_crlf(const std::string& text) {
  std::string out;
  for (char c : text) out += c == '\n' ? std::string("\r\n") : std::string(1, c);
  return out;
}

const std::string kOutsideHint =
    " (to share media between folders of a git repository, keep deckpress.lock in a folder above them)";

const std::string kDeckHeader = "[deck]\nname = \"Generated\"\n\n";

}  // namespace

TEST_CASE("every bad deck in the corpus gets its exact diagnostics") {
  struct BadDeck {
    const char* file;
    Problems problems;
  };
  const std::vector<BadDeck> corpus = {
      {"syntax-unterminated-string.toml", {"5:26: error: this string is not closed on its line; use \"\"\" for text over several lines"}},
      {"syntax-missing-equals.toml", {"5:7: error: Error while parsing key-value pair: expected '=', saw '\"'"}},
      {"syntax-duplicate-key.toml", {"6:9: error: Error while parsing key-value pair: cannot redefine existing string 'front'"}},
      {"syntax-table-header.toml", {"4:8: error: Error while parsing table header: expected ']', saw '\\n'"}},
      {"syntax-bad-escape.toml", {"5:19: error: '\\q' is not a TOML escape, and in a \"...\" string a backslash starts one; "
                                  "write the field as a literal string ('...' or '''...''') to keep the backslash, or double it: \\\\q"}},
      {"media-unsupported.toml", {"6:16: error: unsupported media type '.flac' for 'song.flac' (supported: png, jpg, jpeg, "
                                  "gif, svg, webp, mp3, ogg, wav, m4a, mp4, webm)"}},
      {"raw-html.toml", {"6:30: warning: HTML tag <div> is shown as text: Markdown fields pass only inline tags such as "
                         "<b>, <i>, <sub>, <sup> and <span>; write it in Markdown, or set allow_html = true in [deck]"}},
      // TOML escapes that would change what the author wrote, at their backslash.
      {"escape-windows-path.toml", {"6:11: error: '\\U' is not a TOML escape, and in a \"...\" string a backslash starts one; "
                                    "write the field as a literal string ('...' or '''...''') to keep the backslash, or double it: \\\\U"}},
      {"escape-in-html-math.toml", {"7:15: error: '\\f' inside math is a TOML escape for a form feed, so the formula loses '\\frac'; "
                                    "write the field as a literal string ('...' or '''...''') to keep the backslash, or double it: \\\\frac"}},
      {"escape-in-math.toml", {"6:10: error: '\\f' inside math is a TOML escape for a form feed, so the formula loses '\\frac'; "
                               "write the field as a literal string ('...' or '''...''') to keep the backslash, or double it: \\\\frac"}},
      {"escape-tab-in-math.toml", {"8:4: error: '\\t' inside math is a TOML escape for a tab, so the formula loses '\\times'; "
                                   "write the field as a literal string ('...' or '''...''') to keep the backslash, or double it: \\\\times"}},
      {"escape-one-line.toml",
       {"6:17: error: '\\n' in a one-line \"...\" string is a TOML escape for a line break; write the text in a multi-line "
        "string (\"\"\"...\"\"\"), or write the field as a literal string ('...' or '''...''') to keep the backslash, or double it: \\\\n",
        "6:27: error: '\\f' is a TOML escape for a form feed, which a field cannot hold; write the field as a literal string "
        "('...' or '''...''') to keep the backslash, or double it: \\\\f"}},
      // Control characters written as is: tabs only in multi-line strings, outside math.
      {"control-characters.toml",
       {"5:13: error: a tab in a one-line string; write the text in a multi-line string (\"\"\"...\"\"\" or '''...'''), "
        "or write spaces",
        "8:14: error: a tab inside math, which TeX reads as a space; write a space",
        "11:19: error: the field holds the control character U+0085, which a card cannot show; remove it"}},
      {"wrong-type-name.toml", {"2:8: error: 'name' must be a string, not an integer"}},
      {"wrong-type-tags.toml", {"3:8: error: 'tags' must be an array of strings, not a string"}},
      {"wrong-type-field.toml", {"6:8: error: 'back' must be a string, not an integer"}},
      {"unknown-key.toml", {"5:1: error: unknown key 'frnt' in a 'basic' note; did you mean 'front'?",
        "4:1: error: missing field 'front' of a 'basic' note"}},
      {"unknown-deck-key.toml", {"2:1: error: unknown key 'nmae' in [deck]; did you mean 'name'?",
        "1:1: error: missing deck name: add name = \"...\" to [deck]"}},
      // The broken deletion explains why the note has no card; no second error says so.
      {"cloze-unclosed.toml", {"6:22: error: cloze deletion is never closed with }}"}},
      {"cloze-number.toml", {"8:3: error: Anki ignores c0; cloze numbers start at 1"}},
      // 101 deletions, each inside the one before: the 101st is at column 9 + 100 * 6.
      {"cloze-too-deep.toml", {"6:609: error: cloze deletions nested more than 100 deep; this one and those inside it "
                               "would show as text"}},
      {"cloze-number-too-large.toml", {"6:25: error: Anki makes cards for c1 to c500 only; c501 would show nothing hidden"}},
      {"media-missing.toml", {"6:21: error: media file 'img/python.png' not found"}},
      {"media-parent.toml", {"6:18: error: media '../../print/dot.png' is outside the deck's folder" + kOutsideHint}},
      {"media-absolute.toml", {"6:18: error: media path '/usr/share/dot.png' is absolute; write it relative to the deck file"}},
      {"invalid-utf8.toml", {"6:10: error: Encountered invalid utf-8 sequence"}},
      {"nul-byte.toml", {"6:11: error: Error while parsing string: unescaped control characters other than TAB (U+0009) are explicitly prohibited"}},
      {"bom.toml", {}},
      {"empty.toml", {"1:1: error: missing [deck] table with the deck's name", "1:1: warning: the deck has no [[note]]"}},
      // Template errors are reported in the template files; the deck says once why its notes are left out.
      {"template-unknown-field.toml",
       {"templates/unknown-field/front.html:2:6: error: {{Meening}} names no field of note type 'Unknown field (test)'; did you mean 'Meaning'?",
        "3:13: error: note type 'unknown-field' cannot be used: its files have problems"}},
      // A note type [deck]'s note_types names is looked up as a note's type is, and reported at the entry.
      {"note-types-unknown.toml",
       {"3:24: error: unknown note type 'bsaic'; did you mean 'basic'?",
        "templates/unknown-field/front.html:2:6: error: {{Meening}} names no field of note type 'Unknown field (test)'; did you mean 'Meaning'?",
        "3:33: error: note type 'unknown-field' cannot be used: its files have problems"}},
      {"template-sections.toml",
       {"templates/sections/front.html:1:1: error: {{#Meaning}} is never closed: add {{/Meaning}}",
        "templates/sections/back.html:2:33: error: {{/Meaning}} closes {{#Meaning}} before {{^Word}}: close the section opened last first, with {{/Word}}",
        "templates/sections/back.html:2:45: error: {{/Word}} closes a section that is not open; open it with {{#Word}} or {{^Word}}",
        "3:13: error: note type 'sections' cannot be used: its files have problems"}},
      {"template-unknown-filter.toml",
       {"templates/unknown-filter/back.html:1:28: error: unknown filter 'furigna' in {{furigna:Meaning}}; Anki's filters are text, hint, type, cloze, cloze-only, furigana, kana, kanji and tts",
        "3:13: error: note type 'unknown-filter' cannot be used: its files have problems"}},
      {"template-cloze-no-filter.toml",
       {"templates/cloze-no-filter/front.html:1:1: error: the front of a cloze note type's template needs {{cloze:Field}}: Anki shows no card without it",
        "3:13: error: note type 'cloze-no-filter' cannot be used: its files have problems"}},
      // Names Anki would rewrite on import.
      {"template-bad-names.toml",
       {"templates/bad-names/notetype.toml:5:8: error: field name ' Word' starts or ends with a space, which Anki removes on import; remove it",
        "templates/bad-names/notetype.toml:9:8: error: field name 'Cafe\u0301' is not in Unicode NFC form (it has a letter and a separate accent), which Anki converts it to on import; type each accented letter as one character",
        "templates/bad-names/notetype.toml:17:8: error: field name 'meaning' is the same as 'Meaning' ignoring case; Anki renames it on import",
        "templates/bad-names/notetype.toml:25:8: error: template name 'card' is the same as 'Card' ignoring case; Anki renames it on import",
        "templates/bad-names/notetype.toml:30:8: error: template name 'Card' is used twice; Anki renames the second on import",
        "3:13: error: note type 'bad-names' cannot be used: its files have problems"}},
      // Deck names Anki would rewrite or take for its own Default deck.
      {"deck-default-lowercase.toml", {"2:8: error: 'default' is Anki's default deck, which is named 'Default': write it so"}},
      {"deck-default-description.toml",
       {"3:15: error: Anki keeps the description of its Default deck as the user wrote it; remove 'description' "
        "or give the deck a name of its own"}},
      {"deck-name-space.toml",
       {"2:8: error: deck name 'Spanish::Verbs\u00A0' has an empty level or one with outer spaces, which Anki "
        "rewrites on import; write each level between '::' without spaces around it"}},
      {"deck-name-nfc.toml",
       {"2:8: error: deck name 'Cafe\u0301' is not in Unicode NFC form (it has a letter and a separate accent), which "
        "Anki converts it to on import; type each accented letter as one character"}},
      // Raw HTML that could run something is shown as text, with the reason.
      {"raw-html-unsafe.toml",
       {"6:9: warning: HTML tag <b> is shown as text: its attribute 'onclick' is not passed (no event handlers, "
        "nothing that runs); remove it, or set allow_html = true in [deck]",
        "10:9: warning: HTML tag <a> is shown as text: its href is a 'javascript:' address, which Anki would open "
        "or run; use http, https or mailto",
        "14:9: warning: HTML tag <span> is shown as text: its style loads or runs something (url() or expression()); "
        "remove that part"}},
  };
  for (const auto& bad : corpus) {
    INFO(bad.file);
    CHECK(problems_of(kBadDecks / bad.file) == bad.problems);
  }
}

TEST_CASE("escapes that keep what the author wrote are fine: doubled backslashes, quotes, Unicode, line breaks and tabs outside math") {
  CHECK(problems_of(TESTS_DIR "/deck/escapes-allowed.toml").empty());
}

TEST_CASE("CRLF line endings give the same diagnostics at the same lines and columns") {
  test::TempDir dir("crlf");
  for (const char* name : {"unknown-key.toml", "cloze-number.toml", "media-missing.toml", "escape-tab-in-math.toml",
                           "control-characters.toml"}) {
    INFO(name);
    fs::path crlf = dir.write(name, with_crlf(read_bytes(kBadDecks / name)));
    CHECK(problems_of(crlf) == problems_of(kBadDecks / name));
  }
}

TEST_CASE("a media symlink pointing out of the deck's folder is refused") {
  test::TempDir dir("symlink");
  fs::create_symlink(TESTS_DIR "/print/dot.png", dir.path() / "dot.png");
  fs::path deck = dir.write("deck.toml", kDeckHeader + "[[note]]\nfront = \"Dot?\"\nback = \"![dot](dot.png)\"\n");
  CHECK(problems_of(deck) == Problems{"6:16: error: media 'dot.png' is outside the deck's folder" + kOutsideHint});
}

TEST_CASE("media may come from anywhere in the deck repository, and not from outside it") {
  test::TempDir dir("repository-media");
  fs::create_directories(dir.path() / ".git");
  dir.write("deckpress.lock", "");
  dir.write("media/dot.png", read_bytes(TESTS_DIR "/print/dot.png"));
  fs::path deck = dir.write("decks/deck.toml", kDeckHeader + "[[note]]\nfront = \"![a](../media/dot.png)\"\n"
                                                             "back = \"![b](../../x.png)\"\n");
  fs::path repository = pipeline::find_repository(deck.parent_path());
  CHECK(repository == dir.path());
  CHECK(problems_of(deck, {}, repository) ==
        Problems{"6:14: error: media '../../x.png' is outside the deck repository (the folder of its deckpress.lock)"});
}

TEST_CASE("a folder named like a deck file is reported, not read") {
  test::TempDir dir("folder-deck");
  fs::create_directory(dir.path() / "x.toml");
  CHECK(problems_of(dir.path() / "x.toml") == Problems{"0:0: error: this is a folder, not a deck file"});
}

TEST_CASE("100,000 notes with one mistake in the last: the exact line") {
  test::TempDir dir("many-notes");
  std::string text = kDeckHeader;
  for (int i = 0; i < 100'000; ++i)
    text += "[[note]]\nfront = \"Q" + std::to_string(i) + "\"\n" + (i == 99'999 ? "bakc" : "back") + " = \"A\"\n\n";
  CHECK(problems_of(dir.write("many.toml", text)) ==
        Problems{"400002:1: error: unknown key 'bakc' in a 'basic' note; did you mean 'back'?"});
}

TEST_CASE("problems of notes compiled in parallel are reported in note order") {
  test::TempDir dir("note-order");
  std::string text = "[deck]\nname = \"Order\"\nnote_type = \"cloze\"\n";
  Problems expected;
  for (int i = 0; i < 1000; ++i) {
    bool broken = i % 331 == 7;  // notes 7, 338 and 669, in different slices
    text += fmt::format("[[note]]\ntext = \"{{{{c1::{}{}\"\n", i, broken ? "" : "}}");
    if (broken) expected.push_back(fmt::format("{}:9: error: cloze deletion is never closed with }}}}", 5 + 2 * i));
  }
  CHECK(problems_of(dir.write("order.toml", text)) == expected);
}

TEST_CASE("deeply nested arrays, inline tables and table headers are errors, not crashes") {
  test::TempDir dir("nesting");
  const int depth = 100'000;
  std::string arrays = kDeckHeader + "[[note]]\nfront = " + std::string(depth, '[') + std::string(depth, ']') + "\n";
  CHECK(problems_of(dir.write("arrays.toml", arrays)) == Problems{"5:265: error: Error while parsing value: exceeded maximum nested value depth of 256 (TOML_MAX_NESTED_VALUES)"});
  std::string inline_tables = kDeckHeader + "x = ";
  for (int i = 0; i < depth; ++i) inline_tables += "{a = ";
  inline_tables += "1" + std::string(depth, '}') + "\n";
  CHECK(problems_of(dir.write("inline.toml", inline_tables)) == Problems{"4:1285: error: Error while parsing value: exceeded maximum nested value depth of 256 (TOML_MAX_NESTED_VALUES)"});
}

TEST_CASE("keys nested beyond 1000 levels are refused before toml++ would exhaust the stack") {
  test::TempDir dir("dotted");
  auto dotted = [](const std::string& start, int dots, const std::string& end) {
    std::string line = start;
    for (int i = 0; i < dots; ++i) line += ".a";
    return kDeckHeader + line + end;
  };
  CHECK(problems_of(dir.write("header.toml", dotted("[x", 100'000, "]\n"))) ==
        Problems{"4:2003: error: more than 1000 dots on one line: keys may not nest this deep"});
  CHECK(problems_of(dir.write("key.toml", dotted("x", 100'000, " = 1\n"))) ==
        Problems{"4:2002: error: more than 1000 dots on one line: keys may not nest this deep"});
  CHECK(problems_of(dir.write("deep.toml", dotted("[x", 1000, "]\n"))) ==
        Problems{"4:2: error: unknown key 'x' in the deck file", "1:1: warning: the deck has no [[note]]"});
  // Dots in strings and comments are text, however many.
  std::string dots(5000, '.');
  CHECK(problems_of(dir.write("text.toml", kDeckHeader + "[[note]]\nfront = \"" + dots + "\"\nback = '''" +
                                               dots + "'''  # " + dots + "\n"))
            .empty());
}

TEST_CASE("a field over the size limit is an error at the field: one at the limit loads") {
  test::TempDir dir("big-field");
  std::string ten_mb(10'000'000, 'x');
  CHECK(problems_of(dir.write("ten.toml", kDeckHeader + "[[note]]\nfront = \"Q\"\nback = \"" + ten_mb + "\"\n")) ==
        Problems{"6:8: error: field 'back' is too large: 10000000 bytes, more than the limit of "
                 "1048576 bytes (1 MiB)"});
  std::string at_limit(Limits{}.field_bytes, 'x');
  CHECK(problems_of(dir.write("one.toml", kDeckHeader + "[[note]]\nfront = \"Q\"\nback = \"" + at_limit + "\"\n")).empty());
}

TEST_CASE("more notes than the limit is an error at the first note too many") {
  test::TempDir dir("note-limit");
  std::string text = kDeckHeader;
  for (int i = 0; i < 3; ++i) text += "[[note]]\nfront = \"Q" + std::to_string(i) + "\"\nback = \"A\"\n";
  fs::path deck = dir.write("deck.toml", text);
  CHECK(problems_of(deck, Limits{.notes = 3}).empty());
  CHECK(problems_of(deck, Limits{.notes = 2}) ==
        Problems{"10:1: error: the deck has 3 notes, more than the limit of 2"});
}

TEST_CASE("a deck file over the size limit is refused before it is read") {
  test::TempDir dir("huge-deck");
  fs::path deck = dir.write("huge.toml", kDeckHeader);
  fs::resize_file(deck, Limits{}.deck_file_bytes + 1);  // sparse: costs no disk
  CHECK(problems_of(deck) == Problems{"0:0: error: the deck file is too large: 268435457 bytes, more "
                                      "than the limit of 268435456 bytes (256 MiB)"});
}

TEST_CASE("a media file over the size limit is an error at its reference") {
  test::TempDir dir("huge-media");
  fs::resize_file(dir.write("big.png", ""), Limits{}.media_file_bytes + 1);
  fs::path deck = dir.write("deck.toml", kDeckHeader + "[[note]]\nfront = \"Big?\"\nback = \"![big](big.png)\"\n");
  CHECK(problems_of(deck) == Problems{"6:16: error: media file 'big.png' is too large: 20971521 bytes, "
                                      "more than the limit of 20971520 bytes (20 MiB)"});
}

TEST_CASE("an escape in a deck read in pieces is reported at its line in the file") {
  test::TempDir dir("escape-pieces");
  std::string text = kDeckHeader;
  for (int i = 0; i < 50; ++i)
    text += fmt::format("[[note]]\nfront = \"Q{}\"\nback = \"{}\"\n", i, i == 40 ? "$a \\\\cdot b \\times c$" : "A");
  fs::path deck = dir.write("pieces.toml", text);
  CHECK(problems_of(deck, Limits{.piece_bytes = 100}) ==
        Problems{"126:21: error: '\\t' inside math is a TOML escape for a tab, so the formula loses '\\times'; write the "
                 "field as a literal string ('...' or '''...''') to keep the backslash, or double it: \\\\times"});
}

namespace {

// "file:line:col: severity: message" of every problem `deckpress check`
// reports for `inputs` (paths under tests/deck/bad/, which the files are
// named relative to), from its JSON report; with `locked`, of `deckpress
// build --locked` (which, finding changes, writes nothing).
Problems problems_checking(const std::vector<std::string>& inputs, bool locked = false) {
  test::TempDir dir("check-report");
  pipeline::BuildOptions options;
  for (const auto& input : inputs) options.inputs.push_back(kBadDecks / input);
  options.write = locked;
  options.locked = locked;
  options.out_dir = dir.path() / "out";
  options.report = dir.path() / "report.json";
  std::ostringstream out, err;
  pipeline::run_build(options, out, err);
  auto report = nlohmann::json::parse(read_bytes(options.report));
  Problems problems;
  auto add = [&](const nlohmann::json& d) {
    std::string file = fs::path(d["file"].get<std::string>()).lexically_relative(kBadDecks).generic_string();
    problems.push_back(fmt::format("{}:{}:{}: {}: {}", file, d["line"].get<int>(), d["column"].get<int>(),
                                   d["severity"].get<std::string>(), d["message"].get<std::string>()));
  };
  for (const auto& d : report["diagnostics"]) add(d);
  for (const auto& deck : report["decks"])
    for (const auto& d : deck["diagnostics"]) add(d);
  return problems;
}

}  // namespace

TEST_CASE("the bad decks whose problems the whole check finds get their exact diagnostics") {
  const std::string fix = "run `deckpress build` and commit the lock file";
  const std::string bad = kBadDecks.generic_string();
  CHECK(problems_checking({"duplicate-guids.toml"}) ==
        Problems{"duplicate-guids.toml:6:1: error: this note and the note at " + bad + "/duplicate-guids.toml:10 have "
                 "no id and the same note type and first field, so Anki would take them for one note; give each an id",
                 "duplicate-guids.toml:10:1: error: this note and the note at " + bad + "/duplicate-guids.toml:6 have "
                 "no id and the same note type and first field, so Anki would take them for one note; give each an id"});
  CHECK(problems_checking({"collection.toml"}) ==
        Problems{"collection.toml:0:0: error: Anki desktop imports a file named collection.apkg as a whole "
                 "collection, replacing the user's; rename the deck file, for example to deck-collection.toml"});
  CHECK(problems_checking({"Backup-2024.toml"}) ==
        Problems{"Backup-2024.toml:0:0: error: Anki desktop imports a file named Backup-2024.apkg as a whole "
                 "collection, replacing the user's; rename the deck file, for example to deck-Backup-2024.toml"});
  CHECK(problems_checking({"same-name/a/chem.toml", "same-name/b/chem.toml"}) ==
        Problems{"same-name/a/chem.toml:0:0: error: this deck and " + bad + "/same-name/b/chem.toml would both "
                 "write their outputs as chem.*; rename one of the deck files",
                 "same-name/b/chem.toml:0:0: error: this deck and " + bad + "/same-name/a/chem.toml would both "
                 "write their outputs as chem.*; rename one of the deck files"});
  const std::string malformed = ": error: this line is not 'kind key deck hash added modified'; restore the lock "
                                "file from version control";
  CHECK(problems_checking({"bad-lock/deck.toml"}) ==
        Problems{"bad-lock/deckpress.lock:3:1" + malformed, "bad-lock/deckpress.lock:4:1" + malformed,
                 "bad-lock/deck.toml:0:0: error: its lock file " + bad + "/bad-lock/deckpress.lock has errors, so "
                 "nothing is written for this deck"});
  // locked/deckpress.lock holds q1 and q2 as they were; the deck changed q1, dropped q2 and added q3.
  const std::string lock = bad + "/locked/deckpress.lock";
  CHECK(problems_checking({"locked/deck.toml"}, true) ==
        Problems{"locked/deck.toml:4:1: error: this note changed since it was written to " + lock + ": " + fix,
                 "locked/deck.toml:9:1: error: this note is not in " + lock + ": " + fix,
                 "locked/deck.toml:1:1: error: " + lock + " has 1 note(s) of this deck that it no longer holds: " + fix});
  CHECK(problems_checking({"locked/deck.toml"}).empty());
}
