// What a card shows, read back from the PDF: formatting, scripts in logical
// order, typeset math. pdftotext gives words and their boxes; pdftoppm the
// page's ink.
#include <catch2/catch.hpp>

#include <algorithm>

#include "pdf_reading.h"
#include "print/furniture.h"
#include "print/mathjax.h"
#include "print/options.h"
#include "print/sheet.h"

using namespace deckpress;
using namespace deckpress::print;
using namespace deckpress::print::testing;

namespace {

SheetInput one_card(const std::string& front, const std::string& back = "<p>back</p>") {
  SheetInput input;
  input.title = "Content";
  input.cards.push_back(PrintedCard{"Content", front, back, SourcePos{"content.toml", 3, 1}});
  return input;
}

fs::path render(const SheetInput& input, const std::string& name, Diagnostics& diagnostics,
                MathTypesetter* math = nullptr, const SheetOptions& options = {}) {
  auto pdf = render_sheet(input, options, diagnostics, math);
  REQUIRE(pdf);
  return write_pdf(*pdf, name);
}

Rect first_cell() {
  Diagnostics diagnostics;
  auto config = read_sheet_config({}, {}, diagnostics);
  return config->grid.fronts.front().rect;
}

}  // namespace

TEST_CASE("a superscript prints raised and a subscript lowered") {
  Diagnostics diagnostics;
  auto words = words_of(render(one_card("<p>x<sup>n+1</sup> and H<sub>2</sub>O</p>"), "sup.pdf", diagnostics));
  const Word* x = find_word(words, "x");
  const Word* power = find_word(words, "n+1");
  const Word* h = find_word(words, "H");
  const Word* index = find_word(words, "2");
  REQUIRE(x);
  REQUIRE(power);
  REQUIRE(h);
  REQUIRE(index);
  // Boxes reach from ascent to descent: a raised, smaller word ends higher.
  CHECK(power->y_max < x->y_max - 5);
  CHECK(power->y_max - power->y_min < x->y_max - x->y_min);
  CHECK(index->y_max > h->y_max + 1);
}

TEST_CASE("a short front prints centred in its card, larger than the body text") {
  SheetInput input = one_card("<p>Gedächtnis</p>");
  input.cards[0].css = ".card { text-align: center; }";
  Diagnostics diagnostics;
  auto words = words_of(render(input, "centred.pdf", diagnostics));
  const Word* word = find_word(words, "Gedächtnis");
  REQUIRE(word);
  Rect box = text_box(first_cell());
  CHECK((word->x_min + word->x_max) / 2 == Approx(box.x + box.width / 2).margin(1));
  CHECK((word->y_min + word->y_max) / 2 == Approx(box.y + box.height / 2).margin(3));
  CHECK(word->y_max - word->y_min > 24);  // 24 pt type: its box is taller than that
}

TEST_CASE("Hebrew and Arabic copy in logical order and sit right to left") {
  Diagnostics diagnostics;
  fs::path pdf = render(one_card("<p>שלום עולם</p>", "<p>مرحبا بالعالم</p>"), "rtl.pdf", diagnostics);
  CHECK(diagnostics.all().empty());
  auto [text, errors] = extract_text(pdf);
  CHECK(text.find("שלום עולם") != std::string::npos);
  CHECK(text.find("مرحبا بالعالم") != std::string::npos);
  auto words = words_of(pdf);
  // pdftotext -bbox gives each word's letters in the order they sit, left to right.
  const Word* shalom = find_word(words, "םולש");
  const Word* olam = find_word(words, "םלוע");
  REQUIRE(shalom);
  REQUIRE(olam);
  CHECK(shalom->x_min > olam->x_max);  // the first word is on the right
}

TEST_CASE("Devanagari, Bengali, Tamil, Thai, Chinese and emoji print with ink and copy as written") {
  const std::vector<std::string> samples{"नमस्ते", "বাংলা", "வணக்கம்", "สวัสดี", "你们说", "😀"};
  std::string html;
  for (const std::string& sample : samples) html += "<p>" + sample + "</p>";
  Diagnostics diagnostics;
  fs::path pdf = render(one_card(html), "scripts.pdf", diagnostics);
  CHECK(diagnostics.all().empty());
  auto [text, errors] = extract_text(pdf);
  for (size_t i = 0; i + 1 < samples.size(); ++i) {
    INFO(samples[i]);
    CHECK(text.find(samples[i]) != std::string::npos);  // the emoji copies as a space: the PDF library's limit
  }
  Gray page = rasterize_first_page(pdf, 72);
  Rect box = text_box(first_cell());
  // Six lines of ink, one per sample, none left blank.
  int inked = 0;
  for (double y = box.y; y < box.bottom(); y += 2) inked += page.has_ink(box.x, y, box.right(), y + 1, 72);
  CHECK(inked > 6 * 5);
}

TEST_CASE("characters no font has are named in a warning") {
  Diagnostics diagnostics;
  render(one_card("<p>snow \u2603 and \U0010FFFD</p>"), "missing.pdf", diagnostics);
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].message ==
        "card 1 of deck \"Content\": no font has \U0010FFFD; they print as empty boxes (add a font to the "
        "'fonts' print setting)");
}
