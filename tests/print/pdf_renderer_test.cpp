// What the renderer writes into a page's content stream.
#include <catch2/catch.hpp>

#include <regex>

#include <zlib.h>

#include "print/fonts.h"
#include "print/pdf_renderer.h"

using namespace deckpress;
using namespace deckpress::print;

namespace {

// The uncompressed content stream of the only page of `pdf`.
std::string page_operators(const std::string& pdf) {
  std::smatch match;
  REQUIRE(std::regex_search(pdf, match, std::regex("/Length \\d+ 0 R\n/Filter \\[ /FlateDecode \\]\n>>\nstream\r\n")));
  size_t begin = static_cast<size_t>(match.position(0) + match.length(0));
  std::string out(1 << 20, '\0');
  uLongf size = out.size();
  REQUIRE(uncompress(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(pdf.data() + begin),
                     pdf.size() - begin) == Z_OK);
  out.resize(size);
  return out;
}

size_t count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("font, size, colour and line width are written only when they change") {
  SheetLayout sheet;
  sheet.page = Size{300, 300};
  SheetPage page;
  Color blue{0, 0, 1};
  page.items.push_back(TextItem{10, 20, "one", 0, 12, kBlack});
  page.items.push_back(TextItem{10, 40, "two", 0, 12, kBlack});
  page.items.push_back(LineItem{0, 50, 100, 50, 0.5, blue});
  page.items.push_back(TextItem{10, 60, "three", 0, 12, kBlack});
  page.items.push_back(TextItem{10, 80, "four", 0, 12, blue});
  page.items.push_back(TextItem{10, 100, "five", 0, 9, blue});
  page.items.push_back(LineItem{0, 110, 100, 110, 0.5, blue});
  page.items.push_back(BoxItem{Rect{0, 120, 50, 50}, std::nullopt, blue, 1.0});
  sheet.pages.push_back(page);
  Diagnostics diagnostics;
  FontCatalog fonts(default_font_files({}));
  PdfRenderer renderer(default_font_files({}), diagnostics, fonts);
  auto pdf = renderer.render(sheet, "test");
  REQUIRE(pdf);
  std::string operators = page_operators(*pdf);
  CHECK(count(operators, " Tf\n") == 2);  // 12 pt, then 9 pt
  CHECK(count(operators, " rg\n") == 2);  // black, then blue
  CHECK(count(operators, " RG\n") == 1);
  CHECK(count(operators, " w\n") == 2);  // 0.5, then 1
  CHECK(count(operators, " Tj\n") == 5);
  CHECK(diagnostics.all().empty());
}
