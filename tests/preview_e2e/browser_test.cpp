// The preview of the feature-tour decks, opened in headless Chromium: every
// card must be on the page, after its scripts ran, with the text Anki shows.
#include <catch2/catch.hpp>
#include <fstream>

#include "pipeline/compiled.h"
#include "pipeline/preview_input.h"
#include "chromium.h"
#include "deck/loader.h"
#include "dom.h"
#include "preview/preview.h"

using namespace deckpress;

namespace {

const char* const install_hint = "headless Chromium is needed: apt-get install chromium";

// The feature tour as `deckpress build --preview` sees it.
preview::PreviewInput feature_tour() {
  static NoteTypes note_types{{PROJECT_DIR "/decks/templates"}};
  static std::vector<pipeline::CompiledDeck> decks;
  if (decks.empty()) {
    for (const char* file : {"feature-tour.toml", "feature-tour-scripts.toml"}) {
      Diagnostics diagnostics;
      auto deck =
          load_deck_file(std::string(PROJECT_DIR "/decks/") + file, note_types, diagnostics);
      REQUIRE(deck);
      decks.push_back(pipeline::compile_deck(std::move(*deck), diagnostics));
      REQUIRE_FALSE(diagnostics.has_errors());
    }
  }
  return pipeline::preview_input({&decks[0], &decks[1]});
}

std::filesystem::path write_page(const std::filesystem::path& dir,
                                 const preview::PreviewInput& input) {
  std::filesystem::path page = dir / "feature-tour.html";
  std::ofstream(page, std::ios::binary) << preview::render_preview(input);
  return page;
}

std::string dump_dom(const test::TempDir& work, const std::string& url,
                     const std::string& extra = "") {
  return e2e::headless_chromium(work.path(), extra + " --dump-dom " + e2e::shell_quoted(url));
}

std::string side_text(const std::string& dom, size_t card_at, const std::string& role) {
  size_t side = dom.find("<div class=\"dp-side " + role, card_at);
  return e2e::visible_text(e2e::div_inner_html(dom, side));
}

}  // namespace

TEST_CASE("every card of the feature tour shows its question and answer in Chromium") {
  if (!e2e::chromium_installed()) FAIL(install_hint);
  test::TempDir work;
  auto input = feature_tour();
  input.mathjax_url.clear();  // typeset math would not read as its source text
  std::string dom = dump_dom(work, preview::file_url(write_page(work.path(), input)));

  auto sections = e2e::start_tags(dom, "<section class=\"dp-card\"");
  REQUIRE(sections.size() == input.cards.size());
  REQUIRE_FALSE(input.cards.empty());
  for (size_t i = 0; i < input.cards.size(); ++i) {
    const auto& card = input.cards[i];
    INFO("card " << i + 1 << " of note " << card.note_id);
    CHECK(sections[i].find("data-note-id=\"" + card.note_id + "\" data-ord=\"" +
                           std::to_string(card.ord) + "\"") != std::string::npos);
    size_t at = dom.find(sections[i]);
    CHECK(side_text(dom, at, "dp-question") == e2e::visible_text(card.question_html));
    CHECK(side_text(dom, at, "dp-answer") == e2e::visible_text(card.answer_html));
  }
}

TEST_CASE("the search box and night mode can be opened from the page's address") {
  if (!e2e::chromium_installed()) FAIL(install_hint);
  test::TempDir work;
  auto input = feature_tour();
  std::string dom =
      dump_dom(work, preview::file_url(write_page(work.path(), input)) + "?q=EULER&night");

  auto sections = e2e::start_tags(dom, "<section class=\"dp-card\"");
  REQUIRE(sections.size() == input.cards.size());
  size_t shown = 0;
  for (const std::string& section : sections) {
    bool hidden = section.find(" hidden=\"\"") != std::string::npos;
    CHECK(hidden == (section.find("data-note-id=\"euler-identity\"") == std::string::npos));
    shown += hidden ? 0 : 1;
  }
  CHECK(shown == 1);
  CHECK(dom.find("<span id=\"dp-count\">1 of " + std::to_string(input.cards.size()) +
                 " cards</span>") != std::string::npos);
  CHECK(dom.find("<body class=\"nightMode night_mode\">") != std::string::npos);
  CHECK(dom.find("<div class=\"dp-side dp-question card card1 nightMode night_mode\">") !=
        std::string::npos);
}

TEST_CASE("math is typeset by Debian's MathJax and a screenshot is taken") {
  if (!e2e::chromium_installed()) FAIL(install_hint);
  auto input = feature_tour();
  if (input.mathjax_url.empty()) FAIL("MathJax is needed: apt-get install libjs-mathjax");
  test::TempDir work;
  std::string url = preview::file_url(write_page(work.path(), input));
  // Virtual time lets MathJax finish before the DOM is dumped.
  std::string dom = dump_dom(work, url, "--virtual-time-budget=20000");
  CHECK(dom.find("<script type=\"math/tex\"") != std::string::npos);
  CHECK(dom.find("<script type=\"math/tex; mode=display\"") != std::string::npos);
  CHECK(dom.find("class=\"MathJax\"") != std::string::npos);

  std::filesystem::path png = work.path() / "preview.png";
  e2e::headless_chromium(work.path(),
                         "--virtual-time-budget=20000 --window-size=1200,2000 --screenshot=" +
                             e2e::shell_quoted(png.string()) + " " + e2e::shell_quoted(url));
  REQUIRE(std::filesystem::exists(png));
  std::ifstream shot(png, std::ios::binary);
  std::string signature(8, '\0');
  shot.read(signature.data(), 8);
  CHECK(signature == "\x89PNG\r\n\x1a\n");
  CHECK(std::filesystem::file_size(png) > 20000);
}
