// Renders real PDFs and reads them back with poppler-utils (pdftotext,
// pdftoppm), as a user's viewer would.
#include <catch2/catch.hpp>

#include <png.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "pdf_reading.h"
#include "print/furniture.h"
#include "print/images.h"
#include "print/jpeg_codec.h"
#include "print/options.h"
#include "print/sheet.h"

using namespace deckpress;
using namespace deckpress::print;
using namespace deckpress::print::testing;

namespace {

namespace fs = std::filesystem;

bool inside(const Word& word, const Rect& cell) {
  return word.x_min >= cell.x && word.x_max <= cell.right() && word.y_min >= cell.y && word.y_max <= cell.bottom();
}

// A smooth picture, as photographs mostly are.
Picture gradient(int width, int height, bool alpha) {
  Picture picture;
  picture.width = width;
  picture.height = height;
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      picture.pixels.push_back(static_cast<unsigned char>(x * 255 / width));
      picture.pixels.push_back(static_cast<unsigned char>(y * 255 / height));
      picture.pixels.push_back(128);
      if (alpha) picture.alpha.push_back(static_cast<unsigned char>((x + y) * 255 / (width + height)));
    }
  }
  return picture;
}

fs::path write_png(int width, int height, bool alpha, const std::string& name) {
  Picture picture = gradient(width, height, alpha);
  std::vector<unsigned char> samples;
  for (size_t i = 0; i < static_cast<size_t>(width * height); ++i) {
    samples.insert(samples.end(), picture.pixels.begin() + static_cast<long>(3 * i),
                   picture.pixels.begin() + static_cast<long>(3 * i + 3));
    if (alpha) samples.push_back(picture.alpha[i]);
  }
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  image.width = static_cast<png_uint_32>(width);
  image.height = static_cast<png_uint_32>(height);
  image.format = alpha ? PNG_FORMAT_RGBA : PNG_FORMAT_RGB;
  fs::path path = scratch_dir() / name;
  REQUIRE(png_image_write_to_file(&image, path.c_str(), 0, samples.data(), 0, nullptr));
  return path;
}

// One line of `pdfimages -list`: an image drawn on a page.
struct ImageRow {
  std::string type;  // image, smask
  int width = 0;
  std::string encoding;  // image (deflated), jpeg
  int object = 0;
  double x_ppi = 0;
};

std::vector<ImageRow> images_of(const fs::path& pdf) {
  fs::path list = scratch_dir() / "images.txt";
  REQUIRE(std::system(("pdfimages -list '" + pdf.string() + "' > '" + list.string() + "'").c_str()) == 0);
  std::istringstream in(read_file(list));
  std::string line;
  std::getline(in, line);
  std::getline(in, line);
  std::vector<ImageRow> rows;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    ImageRow row;
    std::string page, num, height, color, comp, bpc, interp, generation;
    fields >> page >> num >> row.type >> row.width >> height >> color >> comp >> bpc >> row.encoding >> interp >>
        row.object >> generation >> row.x_ppi;
    rows.push_back(row);
  }
  return rows;
}

std::string run_capture(const std::string& command) {
  fs::path out = scratch_dir() / "command.txt";
  REQUIRE(std::system((command + " > '" + out.string() + "' 2>&1").c_str()) == 0);
  return read_file(out);
}

SheetInput three_cards() {
  SheetInput input;
  input.title = "Test deck";
  for (const char* n : {"1", "2", "3"}) {
    input.cards.push_back(PrintedCard{"Test", std::string("<p>alpha") + n + " bravo" + n + " charlie" + n + "</p>",
                                      std::string("<p>delta") + n + " echo" + n + "</p>", SourcePos{"t.toml", 1, 1}});
  }
  return input;
}

}  // namespace

TEST_CASE("every word of a card lies in its cell and its back lines up behind it") {
  Diagnostics diagnostics;
  auto pdf = render_sheet(three_cards(), {}, diagnostics);
  REQUIRE(pdf);
  CHECK(diagnostics.all().empty());
  std::vector<Word> words = words_of(write_pdf(*pdf, "cells.pdf"));
  auto config = read_sheet_config({}, {}, diagnostics);
  const Grid& grid = config->grid;
  for (int card = 0; card < 3; ++card) {
    std::string n = std::to_string(card + 1);
    INFO("card " << n);
    for (const char* front : {"alpha", "bravo", "charlie"}) {
      const Word* word = find_word(words, front + n);
      REQUIRE(word);
      CHECK(word->page == 0);
      CHECK(inside(*word, grid.fronts[card].rect));
    }
    for (const char* back : {"delta", "echo"}) {
      const Word* word = find_word(words, back + n);
      REQUIRE(word);
      CHECK(word->page == 1);
      CHECK(inside(*word, grid.backs[card].rect));
    }
    // Held against the light, the back's cell covers the front's exactly.
    const Rect& front = grid.fronts[card].rect;
    const Rect& back = grid.backs[card].rect;
    CHECK(back.x == Approx(grid.page.width - front.x - front.width));
    CHECK(back.y == Approx(front.y));
  }
}

TEST_CASE("text keeps the safe margin inside its card") {
  SheetInput input = three_cards();
  input.cards[0].front_html = "<p>" + std::string(400, 'm') + "</p>";
  Diagnostics diagnostics;
  auto pdf = render_sheet(input, {}, diagnostics);
  REQUIRE(pdf);
  auto config = read_sheet_config({}, {}, diagnostics);
  const Rect& cell = config->grid.fronts[0].rect;
  Rect safe{cell.x + kSafeMargin, cell.y + kSafeMargin, cell.width - 2 * kSafeMargin, cell.height - 2 * kSafeMargin};
  int checked = 0;
  for (const Word& word : words_of(write_pdf(*pdf, "safe.pdf"))) {
    if (word.page != 0 || word.text.find('m') != 0) continue;
    CHECK(word.x_min >= safe.x - 0.5);
    CHECK(word.x_max <= safe.right() + 0.5);
    ++checked;
  }
  CHECK(checked > 3);
}

TEST_CASE("Cyrillic, Greek, accented Latin, CJK and Hangul print as real glyphs") {
  SheetInput input;
  input.title = "Scripts";
  input.cards.push_back(PrintedCard{"Scripts", "<p>ёлка Άλφα ÀÉÇ 漢字 한국어</p>", "<p>back</p>", SourcePos{}});
  Diagnostics diagnostics;
  // Small enough for one line: Korean may break between syllables.
  auto pdf = render_sheet(input, {{"max-font-size", "14"}}, diagnostics);
  REQUIRE(pdf);
  CHECK(diagnostics.all().empty());
  fs::path file = write_pdf(*pdf, "scripts.pdf");
  std::vector<Word> words = words_of(file);
  Gray page = rasterize_first_page(file, 100);
  const std::pair<const char*, int> checks[] = {{"ёлка", 4}, {"Άλφα", 4}, {"ÀÉÇ", 3}, {"漢字", 2}, {"한국어", 3}};
  for (auto [text, glyphs] : checks) {
    INFO(text);
    const Word* word = find_word(words, text);
    REQUIRE(word);
    // Every glyph has ink somewhere in its share of the word's box.
    double share = (word->x_max - word->x_min) / static_cast<double>(glyphs);
    for (int i = 0; i < glyphs; ++i) {
      double left = word->x_min + i * share;
      CHECK(page.has_ink(left, word->y_min, left + share, word->y_max, 100));
    }
  }
  // The two dots of ё sit above the x-height: in the top third of the box.
  const Word* yolka = find_word(words, "ёлка");
  double height = yolka->y_max - yolka->y_min;
  double share = (yolka->x_max - yolka->x_min) / 4;
  CHECK(page.has_ink(yolka->x_min, yolka->y_min + 0.1 * height, yolka->x_min + share, yolka->y_min + 0.3 * height, 100));
  CHECK(page.has_ink(yolka->x_min, yolka->y_min + 0.45 * height, yolka->x_min + share, yolka->y_min + 0.75 * height, 100));
  // ...where the undotted л next to it leaves the paper white.
  CHECK_FALSE(page.has_ink(yolka->x_min + share + 1, yolka->y_min + 0.1 * height, yolka->x_min + 2 * share - 1,
                           yolka->y_min + 0.3 * height, 100));
}

TEST_CASE("the PDF is reproducible, asks for no scaling and embeds only used fonts") {
  Diagnostics diagnostics;
  auto first = render_sheet(three_cards(), {}, diagnostics);
  auto second = render_sheet(three_cards(), {}, diagnostics);
  REQUIRE(first);
  REQUIRE(second);
  CHECK(*first == *second);
  CHECK(first->find("/CreationDate") == std::string::npos);
  CHECK(first->find("/PrintScaling /None") != std::string::npos);
  CHECK(first->find("LiberationSans") != std::string::npos);
  CHECK(first->find("IPAGothic") == std::string::npos);
  CHECK(first->find("LiberationMono") == std::string::npos);
}

TEST_CASE("an interlaced PNG prints") {
  SheetInput input = three_cards();
  input.cards[1].front_html = "<img src=\"interlaced.png\">";
  input.images["interlaced.png"] = fs::path(TESTS_DIR) / "print" / "interlaced.png";
  Diagnostics diagnostics;
  auto pdf = render_sheet(input, {}, diagnostics);
  REQUIRE(pdf);
  CHECK(diagnostics.all().empty());
  std::vector<ImageRow> images = images_of(write_pdf(*pdf, "interlaced.pdf"));
  REQUIRE(images.size() == 1);
  CHECK(images[0].width == 8);
}

TEST_CASE("a picture that is neither PNG nor JPEG is printed as its name, with a warning") {
  SheetInput input = three_cards();
  input.cards[2].front_html = "<img src=\"drawing.gif\">";
  fs::path gif = scratch_dir() / "drawing.gif";
  std::ofstream(gif, std::ios::binary) << "GIF89a";
  input.images["drawing.gif"] = gif;
  input.cards[2].pos = SourcePos{"t.toml", 9, 1};
  Diagnostics diagnostics;
  auto pdf = render_sheet(input, {}, diagnostics);
  REQUIRE(pdf);
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].severity == Severity::warning);
  CHECK(diagnostics.all()[0].pos.line == 9);
  CHECK(diagnostics.all()[0].message == "image 'drawing.gif': " + gif.string() +
                                            ": not a PNG or JPEG file (the sheet prints those two kinds); printed as its name");
  CHECK(extract_text(write_pdf(*pdf, "gif.pdf")).first.find("[image: drawing.gif]") != std::string::npos);
}

TEST_CASE("pictures, turned cards and side notes give the same bytes every time") {
  SheetInput input = three_cards();
  input.cards[0].front_html = "<img src=\"photo.png\">";
  input.images["photo.png"] = write_png(1200, 800, true, "same.png");
  SheetOptions turned{{"card", "index-3x5"}, {"orientation", "portrait"}, {"paper", "letter"}};
  Diagnostics diagnostics;
  auto first = render_sheet(input, turned, diagnostics);
  auto second = render_sheet(input, turned, diagnostics);
  REQUIRE(first);
  REQUIRE(second);
  CHECK(*first == *second);
  CHECK(diagnostics.all().empty());
}

TEST_CASE("the PDF's subject says what the sheet holds") {
  SheetInput input = three_cards();
  input.holdings = "Test: 3 of 9 cards";
  Diagnostics diagnostics;
  auto pdf = render_sheet(input, {}, diagnostics);
  REQUIRE(pdf);
  auto info = run_capture("pdfinfo '" + write_pdf(*pdf, "subject.pdf").string() + "'");
  CHECK(info.find("Subject:         Test: 3 of 9 cards\n") != std::string::npos);
}

TEST_CASE("a transparent PNG keeps its mask, deflated like its colours") {
  fs::path png = write_png(600, 400, true, "alpha.png");
  SheetInput input = three_cards();
  input.cards[0].front_html = "<img src=\"alpha.png\">";
  input.images["alpha.png"] = png;
  Diagnostics diagnostics;
  auto pdf = render_sheet(input, {{"image-ppi", "original"}}, diagnostics);
  REQUIRE(pdf);
  CHECK(diagnostics.all().empty());
  std::vector<ImageRow> images = images_of(write_pdf(*pdf, "alpha.pdf"));
  REQUIRE(images.size() == 2);
  CHECK(images[1].type == "smask");
  CHECK(images[1].width == 600);
  // The mask alone is 240,000 bytes uncompressed, the colours 720,000: both
  // smooth, so deflated they take far less.
  CHECK(pdf->size() < 200000);
}

TEST_CASE("a photo is scaled down to 300 ppi at the size it prints, unless asked not to") {
  fs::path png = write_png(2400, 1600, false, "photo.png");
  SheetInput input = three_cards();
  input.cards[0].front_html = "<img src=\"photo.png\">";
  input.cards[2].back_html = "<p>small</p><img src=\"photo.png\">";
  input.images["photo.png"] = png;
  Diagnostics diagnostics;
  auto pdf = render_sheet(input, {}, diagnostics);
  REQUIRE(pdf);
  CHECK(diagnostics.all().empty());
  std::vector<ImageRow> images = images_of(write_pdf(*pdf, "photo.pdf"));
  REQUIRE(images.size() == 2);  // drawn twice, embedded once
  CHECK(images[0].object == images[1].object);
  // At the larger of its two sizes, just under 300 ppi.
  double largest = std::min(images[0].x_ppi, images[1].x_ppi);
  CHECK(largest <= 300);
  CHECK(largest >= 295);
  CHECK(images[0].width < 2400);
  auto full = render_sheet(input, {{"image-ppi", "original"}}, diagnostics);
  REQUIRE(full);
  CHECK(images_of(write_pdf(*full, "photo-full.pdf"))[0].width == 2400);
}

TEST_CASE("a JPEG photo is scaled down and stays a JPEG") {
  fs::path jpeg = scratch_dir() / "photo.jpg";
  std::ofstream(jpeg, std::ios::binary) << encode_jpeg(gradient(2400, 1600, false), 90);
  SheetInput input = three_cards();
  input.cards[0].front_html = "<img src=\"photo.jpg\">";
  input.images["photo.jpg"] = jpeg;
  Diagnostics diagnostics;
  auto pdf = render_sheet(input, {}, diagnostics);
  REQUIRE(pdf);
  std::vector<ImageRow> images = images_of(write_pdf(*pdf, "jpeg.pdf"));
  REQUIRE(images.size() == 1);
  CHECK(images[0].encoding == "jpeg");
  CHECK(images[0].x_ppi <= 300);
  CHECK(images[0].x_ppi >= 295);
}

TEST_CASE("a PNG image is drawn inside its card") {
  SheetInput input = three_cards();
  input.cards[0].front_html = "<p>above</p><img src=\"dot.png\">";
  input.images["dot.png"] = fs::path(TESTS_DIR) / "print" / "dot.png";
  Diagnostics diagnostics;
  auto pdf = render_sheet(input, {}, diagnostics);
  REQUIRE(pdf);
  CHECK(diagnostics.all().empty());
  CHECK(pdf->find("/Subtype /Image") != std::string::npos);
}

TEST_CASE("the calibration sheet numbers the cells on both sides") {
  Diagnostics diagnostics;
  std::string pdf = render_calibration({{"card", "business-eu"}}, diagnostics);
  REQUIRE_FALSE(pdf.empty());
  std::vector<Word> words = words_of(write_pdf(pdf, "calibration.pdf"));
  auto config = read_sheet_config({}, {{"card", "business-eu"}}, diagnostics);
  int fronts = 0;
  int backs = 0;
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    if (words[i].text.find_first_not_of("0123456789") != std::string::npos) continue;
    if (words[i + 1].text == "front" && words[i].page == 0) ++fronts;
    if (words[i + 1].text == "back" && words[i].page == 1) {
      ++backs;
      int cell = std::stoi(words[i].text) - 1;
      CHECK(inside(words[i], config->grid.backs[static_cast<size_t>(cell)].rect));
    }
  }
  CHECK(fronts == 10);
  CHECK(backs == 10);
}

TEST_CASE("every embedded font maps its codes back to the text: no poppler warning, exact copy") {
  SheetInput input;
  input.title = "Scripts";
  input.cards.push_back(PrintedCard{"Scripts", "<p>Ünïcødé — Привет — λ 漢字 한국어</p>",
                                    "<p><code>mono</code> <b>bold</b> <i>italic</i></p>", SourcePos{}});
  Diagnostics diagnostics;
  // Small enough for one line: Korean may break between syllables.
  auto pdf = render_sheet(input, {{"max-font-size", "14"}}, diagnostics);
  REQUIRE(pdf);
  auto [text, errors] = extract_text(write_pdf(*pdf, "to_unicode.pdf"));
  CHECK(errors.empty());
  CHECK(text.find("Ünïcødé — Привет — λ 漢字 한국어") != std::string::npos);
  CHECK(text.find("mono bold italic") != std::string::npos);
  CHECK(pdf->find("begincidrange") == std::string::npos);  // fonts' streams are deflated: checked below too
}
