// Pages deflated ahead of the save must give the very file libharu writes
// when it deflates them itself, and at our own level still inflate to what
// was drawn.
#include <catch2/catch.hpp>

#include <string>

#include <zlib.h>

#include "print/page_compression.h"
#include "print/page_deflater.h"

using namespace deckpress::print;

namespace {

enum class Deflate { by_libharu, ahead, ahead_at_ours, in_background };

// A document of `pages` pages of drawing operators, large enough for many of
// libharu's 4 KB read chunks and for zlib's window to slide. Deflated ahead
// at libharu's level, or in the background at ours.
std::string render(Deflate how, int pages = 2) {
  HPDF_Doc doc = HPDF_New(nullptr, nullptr);
  HPDF_SetCompressionMode(doc, HPDF_COMP_ALL);
  HPDF_Font font = HPDF_GetFont(doc, "Helvetica", nullptr);
  PageDeflater background;
  unsigned seed = 7;
  for (int p = 0; p < pages; ++p) {
    HPDF_Page page = HPDF_AddPage(doc);
    for (int line = 0; line < 12000 / pages; ++line) {
      seed = seed * 1103515245 + 12345;
      HPDF_Page_BeginText(page);
      HPDF_Page_SetFontAndSize(page, font, 6 + static_cast<HPDF_REAL>(seed % 9));
      HPDF_Page_TextOut(page, static_cast<HPDF_REAL>(seed % 500), static_cast<HPDF_REAL>(line % 800),
                        ("line " + std::to_string(line) + " of page " + std::to_string(seed % 1000)).c_str());
      HPDF_Page_EndText(page);
      HPDF_Page_Rectangle(page, 10, static_cast<HPDF_REAL>(seed % 700), 50, 20);
      HPDF_Page_Stroke(page);
    }
    if (how == Deflate::ahead) set_deflated_content(page, deflate_content(take_page_content(page), Z_DEFAULT_COMPRESSION));
    if (how == Deflate::ahead_at_ours) set_deflated_content(page, deflate_content(take_page_content(page), kContentLevel));
    if (how == Deflate::in_background) background.add(page);
  }
  background.finish();
  HPDF_SaveToStream(doc);
  std::string bytes(HPDF_GetStreamSize(doc), '\0');
  HPDF_UINT32 size = static_cast<HPDF_UINT32>(bytes.size());
  HPDF_ReadFromStream(doc, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size);
  HPDF_Free(doc);
  return bytes;
}

}  // namespace

TEST_CASE("content deflated ahead of the save gives libharu's own file") {
  std::string own = render(Deflate::by_libharu);
  std::string ahead = render(Deflate::ahead);
  CHECK(own.size() > 100000);
  CHECK(own.find("/Filter [ /FlateDecode ]") != std::string::npos);
  CHECK(ahead == own);
}

TEST_CASE("content deflated at our level inflates to what was drawn") {
  std::string raw;
  for (int i = 0; i < 20000; ++i) raw += std::to_string(i * 7919 % 1000) + " 0 Td\n<0041> Tj\n";
  std::string deflated = deflate_content(raw, kContentLevel);
  CHECK(deflated.size() < raw.size() / 3);
  std::string back(raw.size(), '\0');
  uLongf size = back.size();
  REQUIRE(uncompress(reinterpret_cast<Bytef*>(back.data()), &size, reinterpret_cast<const Bytef*>(deflated.data()),
                     deflated.size()) == Z_OK);
  back.resize(size);
  CHECK(back == raw);
}

TEST_CASE("a page's content comes back as drawn, and only once") {
  HPDF_Doc doc = HPDF_New(nullptr, nullptr);
  HPDF_Page page = HPDF_AddPage(doc);
  HPDF_Page_MoveTo(page, 1, 2);
  HPDF_Page_LineTo(page, 3, 4);
  HPDF_Page_Stroke(page);
  CHECK(take_page_content(page) == "1 2 m\n3 4 l\nS\n");
  CHECK(take_page_content(page).empty());
  HPDF_Free(doc);
}

TEST_CASE("pages deflated in the background while more are drawn each get their own content back") {
  std::string background = render(Deflate::in_background, 60);
  CHECK(background == render(Deflate::ahead_at_ours, 60));
  CHECK(background != render(Deflate::by_libharu, 60));
}
