#pragma once
// Reading rendered PDFs back with poppler-utils (pdftotext, pdftoppm), as a
// user's viewer would. For the print tests.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace deckpress::print::testing {

namespace fs = std::filesystem;

// One folder per test run, removed when the program exits.
inline const fs::path& scratch_dir() {
  struct Scratch {
    fs::path path = fs::temp_directory_path() / ("deckpress-print-test-" + std::to_string(getpid()));
    Scratch() { fs::create_directories(path); }
    ~Scratch() { fs::remove_all(path); }
  };
  static const Scratch scratch;
  return scratch.path;
}

inline std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream content;
  content << in.rdbuf();
  return content.str();
}

inline fs::path write_pdf(const std::string& bytes, const std::string& name) {
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
inline std::vector<Word> words_of(const fs::path& pdf) {
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

inline const Word* find_word(const std::vector<Word>& words, const std::string& text) {
  for (const Word& word : words) {
    if (word.text == text) return &word;
  }
  return nullptr;
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

inline Gray rasterize_first_page(const fs::path& pdf, int dpi) {
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

// pdftotext's text and whatever it printed on stderr.
inline std::pair<std::string, std::string> extract_text(const fs::path& pdf) {
  fs::path text = scratch_dir() / "text.txt";
  fs::path errors = scratch_dir() / "errors.txt";
  std::string command = "pdftotext -enc UTF-8 '" + pdf.string() + "' '" + text.string() + "' 2>'" + errors.string() + "'";
  REQUIRE(std::system(command.c_str()) == 0);
  return {read_file(text), read_file(errors)};
}

}  // namespace deckpress::print::testing
