#include "preview/preview.h"

#include <catch2/catch.hpp>

#include "page_parts.h"

using namespace deckpress;

namespace {

preview::PreviewCard card(std::string type, std::string css, std::string question,
                          std::string answer) {
  preview::PreviewCard card;
  card.deck_name = "Geo";
  card.note_id = "n1";
  card.note_type_name = std::move(type);
  card.card_name = "Card 1";
  card.css = std::move(css);
  card.question_html = std::move(question);
  card.answer_html = std::move(answer);
  card.source = "decks/geo.toml:7";
  card.source_url = "file:///work/decks/geo.toml";
  return card;
}

preview::PreviewInput two_note_types() {
  preview::PreviewInput input;
  input.title = "Geo";
  input.cards.push_back(card("Basic", ".card { color: red; }", "Capital of France?", "Paris"));
  input.cards.push_back(card("Reversed", ".card { color: blue; }", "Paris", "Capital of France"));
  input.cards.back().ord = 1;
  input.cards.back().card_name = "Card 2";
  input.cards.push_back(card("Basic", ".card { color: red; }", "Capital of Peru?", "Lima"));
  return input;
}

}  // namespace

TEST_CASE("every card is a section with its header, question and answer, in order") {
  std::string page = preview::render_preview(two_note_types());
  CHECK(card_section_of(page, 2) ==
        "<section class=\"dp-card\" id=\"card-2\" data-deck=\"Geo\" data-note-id=\"n1\" "
        "data-ord=\"1\">\n"
        "<header class=\"dp-header\">Geo · card 2 · Reversed / Card 2 · "
        "<a href=\"file:///work/decks/geo.toml\">decks/geo.toml:7</a></header>\n"
        "<div class=\"dp-sides dp-nt-2\"><div class=\"dp-mode\">\n"
        "<div class=\"dp-side dp-question card card2\">\nParis\n</div>\n"
        "<div class=\"dp-side dp-answer card card2\">\nCapital of France\n</div>\n"
        "</div></div>\n</section>");
  CHECK(page.find("Capital of France?") < page.find("id=\"card-2\""));
  CHECK(page.find("Lima") > page.find("id=\"card-3\""));
  CHECK(card_section_of(page, 4).empty());
  CHECK(page.find("<span id=\"dp-count\">3 cards</span>") != std::string::npos);
}

TEST_CASE("each note type's CSS is on the page once, scoped to its own cards") {
  std::string page = preview::render_preview(two_note_types());
  CHECK(occurrences(page, ".card { color: red; }") == 1);
  CHECK(page.find("@scope (.dp-nt-1) {\n.card { color: red; }\n}\n"
                  "@scope (.dp-nt-2) {\n.card { color: blue; }\n}\n") != std::string::npos);
  CHECK(card_section_of(page, 3).find("dp-sides dp-nt-1") != std::string::npos);
}

TEST_CASE("CSS cannot close the style element early") {
  auto input = two_note_types();
  input.cards[0].css = ".a::after { content: \"</style>\"; }";
  std::string page = preview::render_preview(input);
  CHECK(page.find(".a::after { content: \"<\\/style>\"; }") != std::string::npos);
}

TEST_CASE("names and sources are escaped") {
  auto input = two_note_types();
  input.title = "Q&A <1>";
  input.cards[0].deck_name = "R&D";
  input.cards[0].source_url = "file:///a\"b";
  std::string page = preview::render_preview(input);
  CHECK(page.find("<title>Q&amp;A &lt;1&gt; · preview</title>") != std::string::npos);
  CHECK(card_section_of(page, 1).find("data-deck=\"R&amp;D\"") != std::string::npos);
  CHECK(card_section_of(page, 1).find("<a href=\"file:///a&quot;b\">") != std::string::npos);
}

TEST_CASE("media named by the cards is embedded as data: URIs") {
  preview::PreviewInput input;
  input.media = {{"dot.png", TESTS_DIR "/preview/media/dot.png"},
                 {"beep.mp3", TESTS_DIR "/preview/media/beep.mp3"},
                 {"gone.png", TESTS_DIR "/preview/media/no-such-file.png"}};
  input.cards.push_back(card("Basic", "", "<img src=\"dot.png\" alt=\"dot\"> [sound:beep.mp3]",
                             "<img src=\"dot.png\"><img src=\"gone.png\"><img src=\"other.png\">"));
  std::string section = card_section_of(preview::render_preview(input), 1);
  const std::string dot = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAAD"
                          "ElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC";
  const std::string beep = "data:audio/mpeg;base64,SUQzYmVlcA==";
  CHECK(side_of(section, "dp-question") ==
        "<img src=\"" + dot + "\" alt=\"dot\"> <audio controls src=\"" + beep + "\"></audio>");
  CHECK(side_of(section, "dp-answer") ==
        "<img src=\"" + dot + "\"><img src=\"gone.png\"><img src=\"other.png\">");
}

TEST_CASE("math is typeset with MathJax when it is available, else noted") {
  auto input = two_note_types();
  input.cards[1].answer_html = "<span class=\"math\">\\(x^2\\)</span>";
  input.mathjax_url = "file:///usr/share/javascript/mathjax/MathJax.js";
  const std::string script = "<script src=\"file:///usr/share/javascript/mathjax/MathJax.js"
                             "?config=TeX-AMS_HTML\"></script>";
  CHECK(preview::render_preview(input).find(script) != std::string::npos);

  input.mathjax_url.clear();
  std::string page = preview::render_preview(input);
  CHECK(page.find("<script src=") == std::string::npos);
  CHECK(page.find("<p class=\"dp-note\">Math is shown as TeX source") != std::string::npos);
  CHECK(page.find("\\(x^2\\)") != std::string::npos);

  input.mathjax_url = "file:///m.js";
  input.cards[1].answer_html = "no math";
  page = preview::render_preview(input);
  CHECK(page.find("MathJax") == std::string::npos);
  CHECK(page.find("<p class=\"dp-note\">") == std::string::npos);
}

TEST_CASE("the same input gives the same page, byte for byte") {
  auto input = two_note_types();
  input.media = {{"b.png", TESTS_DIR "/preview/media/dot.png"},
                 {"a.png", TESTS_DIR "/preview/media/dot.png"}};
  input.cards[0].question_html = "<img src=\"b.png\"><img src=\"a.png\">";
  std::string first = preview::render_preview(input);
  CHECK(first == preview::render_preview(input));
  CHECK(occurrences(first, "data:image/png;base64,") == 2);
}

TEST_CASE("source links are absolute, percent-encoded file URLs") {
  CHECK(preview::file_url("/home/ann/my decks/café.toml") ==
        "file:///home/ann/my%20decks/caf%C3%A9.toml");
  CHECK(preview::file_url("/a/./b/../c#1.toml") == "file:///a/c%231.toml");
  CHECK(preview::file_url("rel.toml").starts_with("file:///"));
}
