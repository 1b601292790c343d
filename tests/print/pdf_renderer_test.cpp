// What the renderer writes into a page's content stream.
#include <catch2/catch.hpp>

#include <regex>

#include <zlib.h>

#include "print/fonts.h"
#include "print/pdf_renderer.h"
#include "print/to_unicode.h"

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

// Every deflated stream of `pdf`, inflated, one after the other.
std::string inflated_streams(const std::string& pdf) {
  std::string all;
  const std::string start = "stream\r\n";
  for (size_t at = pdf.find(start); at != std::string::npos; at = pdf.find(start, at + 1)) {
    z_stream zs{};
    REQUIRE(inflateInit(&zs) == Z_OK);
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(pdf.data() + at + start.size()));
    zs.avail_in = static_cast<uInt>(pdf.size() - at - start.size());
    char buffer[1 << 14];
    int status = Z_OK;
    while (status == Z_OK) {
      zs.next_out = reinterpret_cast<Bytef*>(buffer);
      zs.avail_out = sizeof buffer;
      status = inflate(&zs, Z_NO_FLUSH);
      all.append(buffer, sizeof buffer - zs.avail_out);
    }
    inflateEnd(&zs);
  }
  return all;
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

TEST_CASE("the ToUnicode map is the identity over the BMP, in bfrange blocks of at most 100") {
  std::string map = identity_to_unicode_map();
  CHECK(map.find("cidrange") == std::string::npos);
  CHECK(count(map, "beginbfrange") == 3);
  CHECK(map.find("100 beginbfrange\n<0000> <00FF> <0000>\n") != std::string::npos);
  CHECK(map.find("<D7FF> <D7FF>") == std::string::npos);
  CHECK(map.find("<D700> <D7FF> <D700>\n<E000> <E0FF> <E000>\n") != std::string::npos);
  CHECK(map.find("48 beginbfrange\n") != std::string::npos);
  CHECK(count(map, "\n<") == 1 + 248);  // the code space, then one range per first byte
}

TEST_CASE("every font the sheet embeds carries that map") {
  SheetLayout sheet;
  sheet.page = Size{300, 300};
  SheetPage page;
  page.items.push_back(TextItem{10, 20, "Sans", 0, 12, kBlack});
  page.items.push_back(TextItem{10, 40, "Mono", 4, 12, kBlack});
  page.items.push_back(TextItem{10, 60, "漢字", 8, 12, kBlack});
  sheet.pages.push_back(page);
  Diagnostics diagnostics;
  FontCatalog fonts(default_font_files({}));
  PdfRenderer renderer(default_font_files({}), diagnostics, fonts);
  auto pdf = renderer.render(sheet, "test");
  REQUIRE(pdf);
  CHECK(count(inflated_streams(*pdf), "/CMapName /Adobe-Identity-UCS def") == 3);
}
