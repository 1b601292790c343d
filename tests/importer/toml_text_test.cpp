#include "importer/toml_text.h"

#include <catch2/catch.hpp>
#include <toml++/toml.h>

using namespace deckpress::importer;

namespace {

// What a TOML reader gives back for `x = <toml_string(text)>`.
std::string read_back(const std::string& text) {
  const std::string document = "x = " + toml_string(text) + "\n";
  INFO(document);
  toml::table table = toml::parse(document);
  return *table["x"].value<std::string>();
}

}  // namespace

TEST_CASE("every string reads back byte for byte from the TOML written for it") {
  const std::vector<std::string> texts = {
      "",
      "plain text",
      "with \"quotes\"",
      "back\\slash \\n not a newline",
      "it's",
      "both ' and \" and \\",
      "two\nlines",
      "\nstarts with a line break",
      "ends with a line break\n",
      "\n\n",
      "ends with a quote'",
      "multi\nends with a quote'",
      "holds ''' three",
      "multi\nholds ''' three",
      "multi\nholds \"\"\" three",
      "tab\there",
      "windows\r\nline",
      "control \x01 and \x1f and \x7f",
      "unicode é 漢字 🙂",
      "multi\nline ending in a backslash\\",
      "\\\n",
      std::string("nul \0 inside", 12),
  };
  for (const std::string& text : texts) CHECK(read_back(text) == text);
}

TEST_CASE("strings are written the most readable way TOML allows") {
  CHECK(toml_string("Paris") == "\"Paris\"");
  CHECK(toml_string("<img src=\"cat.png\">") == "'<img src=\"cat.png\">'");
  CHECK(toml_string("a\nb") == "'''\na\nb'''");
  CHECK(toml_string("it's \"x\"") == "\"it's \\\"x\\\"\"");
  std::string list;
  append_toml_strings(list, {"a", "b c"});
  CHECK(list == "[\"a\", \"b c\"]");
}

TEST_CASE("keys from Anki's names") {
  CHECK(slug("Back Extra") == "back-extra");
  CHECK(slug("  Card 1 (front) ") == "card-1-front");
  CHECK(slug("日本語") == "");
  std::vector<std::string> taken = {"id", "front"};
  CHECK(unique_key("front", "field-1", taken) == "front-2");
  CHECK(unique_key("", "field-2", taken) == "field-2");
  CHECK(unique_key("id", "field-3", taken) == "id-2");
}

TEST_CASE("TOML holds only UTF-8 text") {
  CHECK(is_utf8("é 漢字 🙂"));
  CHECK_FALSE(is_utf8("\xff"));
  CHECK_FALSE(is_utf8("\xc3"));          // cut short
  CHECK_FALSE(is_utf8("\xc0\xaf"));      // overlong '/'
  CHECK_FALSE(is_utf8("\xed\xa0\x80"));  // a surrogate
  CHECK_FALSE(is_utf8("\xf4\x90\x80\x80"));  // beyond U+10FFFF
}
