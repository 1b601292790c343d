#include "importer/markdown_fields.h"

#include <catch2/catch.hpp>

using deckpress::importer::markdown_for;

TEST_CASE("import --markdown converts a field only where it builds back to the same HTML") {
  CHECK(markdown_for("Paris") == "Paris");
  CHECK(markdown_for("a &lt; b &amp; c") == "a < b & c");
  CHECK(markdown_for("# not a heading") == "\\# not a heading");
  // Dollars that cannot be math (Pandoc's rule) stay as they are; those that could are escaped.
  CHECK(markdown_for("costs $5 or $10") == "costs $5 or $10");
  CHECK(markdown_for("from $x$ to $y$") == "from \\$x\\$ to \\$y\\$");
  CHECK(markdown_for("{{c1::Paris}} is in {{c2::France}}") == "{{c1::Paris}} is in {{c2::France}}");
  CHECK(markdown_for("one<br>two") == "one<br>two");
  CHECK(markdown_for("hablar <img src=\"talk.png\">") == "hablar <img src=\"talk.png\">");
  CHECK(markdown_for("<div>one</div><div>two</div>") == "<div>one</div><div>two</div>");
  CHECK(markdown_for("*not emphasis*") == "\\*not emphasis\\*");
  // Markdown gives entities back as characters: these stay HTML.
  CHECK_FALSE(markdown_for("a&nbsp;b"));
  CHECK_FALSE(markdown_for("&copy; 2024 <i>me</i>"));
}
