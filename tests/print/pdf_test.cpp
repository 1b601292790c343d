// Renders real PDFs and reads them back with poppler-utils (pdftotext,
// pdftoppm), as a user's viewer would.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "print/furniture.h"
#include "print/options.h"
#include "print/sheet.h"

using namespace deckpress;
using namespace deckpress::print;

namespace {

namespace fs = std::filesystem;

// One folder per test run, removed when the program exits.
const fs::path& scratch_dir() {
  struct Scratch {
    fs::path path = fs::temp_directory_path() / ("deckpress-print-test-" + std::to_string(getpid()));
    Scratch() { fs::create_directories(path); }
    ~Scratch() { fs::remove_all(path); }
  };
  static const Scratch scratch;
  return scratch.path;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream content;
  content << in.rdbuf();
  return content.str();
}

fs::path write_pdf(const std::string& bytes, const std::string& name) {
  fs::path path = scratch_dir() / name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

struct Word {
  int page = 0;  // 0-based
  double x_min, y_min, x_max, y_max;
  std::string text;
};

// pdftotext -bbox gives each word's box in points from the top-left corner.
std::vector<Word> words_of(const fs::path& pdf) {
  fs::path html = pdf;
  html.replace_extension(".html");
  std::string command = "pdftotext -bbox '" + pdf.string() + "' '" + html.string() + "' 2>/dev/null";
  REQUIRE(std::system(command.c_str()) == 0);
  std::string content = read_file(html);
  std::regex pattern(
      R"re(<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re");
  std::vector<Word> words;
  int page = -1;
  for (auto it = std::sregex_iterator(content.begin(), content.end(), pattern); it != std::sregex_iterator(); ++it) {
    const std::smatch& match = *it;
    if (match[0].str() == "<page ") {
      ++page;
      continue;
    }
    words.push_back(Word{page, std::stod(match[1]), std::stod(match[2]), std::stod(match[3]), std::stod(match[4]),
                         match[5]});
  }
  return words;
}

const Word* find_word(const std::vector<Word>& words, const std::string& text) {
  for (const Word& word : words) {
    if (word.text == text) return &word;
  }
  return nullptr;
}

bool inside(const Word& word, const Rect& cell) {
  return word.x_min >= cell.x && word.x_max <= cell.right() && word.y_min >= cell.y && word.y_max <= cell.bottom();
}

struct Gray {
  int width = 0;
  int height = 0;
  std::string pixels;
  // Whether any pixel in the box (in points at `dpi`) is clearly not white.
  bool has_ink(double x0, double y0, double x1, double y1, double dpi) const {
    double scale = dpi / 72.0;
    for (int y = static_cast<int>(y0 * scale); y <= static_cast<int>(y1 * scale); ++y) {
      for (int x = static_cast<int>(x0 * scale); x <= static_cast<int>(x1 * scale); ++x) {
        if (static_cast<unsigned char>(pixels[static_cast<size_t>(y * width + x)]) < 160) return true;
      }
    }
    return false;
  }
};

Gray rasterize_first_page(const fs::path& pdf, int dpi) {
  fs::path prefix = scratch_dir() / "page";
  std::string command = "pdftoppm -r " + std::to_string(dpi) + " -gray -f 1 -l 1 -singlefile '" + pdf.string() +
                        "' '" + prefix.string() + "' 2>/dev/null";
  REQUIRE(std::system(command.c_str()) == 0);
  std::istringstream in(read_file(prefix.string() + ".pgm"));
  std::string magic;
  int max_value = 0;
  Gray gray;
  in >> magic >> gray.width >> gray.height >> max_value;
  in.get();
  gray.pixels.assign(std::istreambuf_iterator<char>(in), {});
  REQUIRE(magic == "P5");
  REQUIRE(gray.pixels.size() == static_cast<size_t>(gray.width * gray.height));
  return gray;
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
      CHECK(inside(*word, grid.fronts[card]));
    }
    for (const char* back : {"delta", "echo"}) {
      const Word* word = find_word(words, back + n);
      REQUIRE(word);
      CHECK(word->page == 1);
      CHECK(inside(*word, grid.backs[card]));
    }
    // Held against the light, the back's cell covers the front's exactly.
    const Rect& front = grid.fronts[card];
    const Rect& back = grid.backs[card];
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
  const Rect& cell = config->grid.fronts[0];
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

TEST_CASE("an interlaced PNG is reported, not drawn") {
  SheetInput input = three_cards();
  input.cards[1].front_html = "<img src=\"interlaced.png\">";
  input.images["interlaced.png"] = fs::path(TESTS_DIR) / "print" / "interlaced.png";
  input.cards[1].pos = SourcePos{"t.toml", 7, 1};
  Diagnostics diagnostics;
  render_sheet(input, {}, diagnostics);
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].pos.line == 7);
  CHECK(diagnostics.all()[0].message.find("interlaced PNGs are not supported") != std::string::npos);
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
      CHECK(inside(words[i], config->grid.backs[static_cast<size_t>(cell)]));
    }
  }
  CHECK(fronts == 10);
  CHECK(backs == 10);
}
