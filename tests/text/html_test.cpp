#include <catch2/catch.hpp>

#include "text/html.h"

using namespace deckpress::text;

TEST_CASE("escape_html escapes the characters that change HTML meaning") {
  CHECK(escape_html("a < b && \"c\" > d") == "a &lt; b &amp;&amp; &quot;c&quot; &gt; d");
  CHECK(escape_html("it's plain") == "it's plain");
}

TEST_CASE("decode_entities decodes named and numeric references") {
  CHECK(decode_entities("&lt;b&gt; &amp; &quot;q&quot; &apos;s") == "<b> & \"q\" 's");
  CHECK(decode_entities("a&nbsp;b") == "a\u00a0b");
  CHECK(decode_entities("&#65;&#x42;&#X43; &#x20AC;") == "ABC €");
}

TEST_CASE("decode_entities leaves what is not a reference as written") {
  CHECK(decode_entities("fish & chips") == "fish & chips");
  CHECK(decode_entities("&unknown; &amp") == "&unknown; &amp");
  CHECK(decode_entities("&#xZZ; &#;") == "&#xZZ; &#;");
  CHECK(decode_entities("&#0;") == "\uFFFD");
}

TEST_CASE("strip_html removes tags, comments, style and script, then decodes") {
  CHECK(strip_html("<b>bold</b> &amp; <i>it</i>") == "bold & it");
  CHECK(strip_html("a<!-- hidden <b> -->b") == "ab");
  CHECK(strip_html("<STYLE>.x{}</STYLE>text<script type=x>run()</script>") == "text");
  CHECK(strip_html("<img src=\"cat.png\">") == "");
  CHECK(strip_html("1 < 2") == "1 < 2");
}

TEST_CASE("strip_html_for_sort keeps media file names and is not trimmed") {
  CHECK(strip_html_for_sort("<img src=\"cat.png\">Cat") == " cat.png Cat");
  CHECK(strip_html_for_sort("<audio controls src='a.mp3'></audio>") == " a.mp3 ");
  CHECK(strip_html_for_sort("<object data=x.svg>") == " x.svg ");
  CHECK(strip_html_for_sort(" <b>x</b>&nbsp;y ") == " x y ");
}

TEST_CASE("strip_html_for_sort turns no-break spaces into spaces when it decodes") {
  CHECK(strip_html_for_sort("a&nbsp;b") == "a b");
}

TEST_CASE("field_is_empty accepts only whitespace, <br> and <div> tags") {
  CHECK(field_is_empty(""));
  CHECK(field_is_empty(" \n\t"));
  CHECK(field_is_empty("<br><BR/><br /> <div></DIV>"));
  CHECK_FALSE(field_is_empty("x"));
  CHECK_FALSE(field_is_empty("<img src=\"a.png\">"));
  CHECK_FALSE(field_is_empty("&nbsp;"));
  CHECK_FALSE(field_is_empty("<div class=\"x\"></div>"));
}

TEST_CASE("strip_html reads a field of very many unclosed comments and style and script elements in one pass") {
  std::string html;
  std::string expected;
  for (int i = 0; i < 50000; ++i) {
    html += "a<!--b><style>c<script>d";
    expected += "acd";
  }
  CHECK(strip_html(html) == expected);
  // A comment or element that does close still ends where it closes.
  CHECK(strip_html("<!--x>y-->z<!--w") == "z<!--w");
  CHECK(strip_html("<style>a</style>b<STYLE>c</Style>d<style>e") == "bde");
}

TEST_CASE("decode_entities reads a field of very many ampersands and no semicolon in one pass") {
  std::string html;
  for (int i = 0; i < 1000000; ++i) html += "a&b";
  CHECK(decode_entities(html) == html);
  CHECK(decode_entities(html + "&amp;") == html + "&");
  // The longest reference is still read; one longer is text.
  const std::string longest = "&#" + std::string(28, '0') + "65;";
  CHECK(decode_entities(longest) == "A");
  CHECK(decode_entities("&#0" + longest.substr(2)) == "&#0" + longest.substr(2));
}

TEST_CASE("strip_html_for_sort reads a field of very many unclosed media tags in one pass") {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<img src=a.png ";
  CHECK(strip_html_for_sort("<img src=b.png>" + html) == " b.png " + html);
}
