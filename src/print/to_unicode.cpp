#include "print/to_unicode.h"

#include <cstdio>
#include <cstring>
#include <vector>

#include <hpdf_doc.h>
#include <hpdf_font.h>
#include <hpdf_streams.h>

namespace deckpress::print {
namespace {

static_assert(HPDF_VERSION_ID == 20300, "to_unicode.cpp reads libharu 2.3.0's font records");

constexpr int kEntriesPerBlock = 100;  // the most a CMap block may hold

bool is_surrogate_page(unsigned high) { return high >= 0xD8 && high <= 0xDF; }

void append_block(std::string& map, const std::vector<unsigned>& pages) {
  map += std::to_string(pages.size()) + " beginbfrange\n";
  char line[32];
  for (unsigned high : pages) {
    std::snprintf(line, sizeof line, "<%02X00> <%02XFF> <%02X00>\n", high, high, high);
    map += line;
  }
  map += "endbfrange\n";
}

}  // namespace

std::string identity_to_unicode_map() {
  std::string map =
      "/CIDInit /ProcSet findresource begin\n"
      "12 dict begin\n"
      "begincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n"
      "/CMapType 2 def\n"
      "1 begincodespacerange\n"
      "<0000> <FFFF>\n"
      "endcodespacerange\n";
  // Each range stays within one first byte, as bfrange entries must.
  std::vector<unsigned> pages;
  for (unsigned high = 0; high <= 0xFF; ++high) {
    if (is_surrogate_page(high)) continue;
    pages.push_back(high);
    if (pages.size() == kEntriesPerBlock) {
      append_block(map, pages);
      pages.clear();
    }
  }
  if (!pages.empty()) append_block(map, pages);
  map +=
      "endcmap\n"
      "CMapName currentdict /CMap defineresource pop\n"
      "end\n"
      "end\n";
  return map;
}

void write_to_unicode_maps(HPDF_Doc doc) {
  const std::string map = identity_to_unicode_map();
  HPDF_List fonts = doc->font_mgr;
  for (HPDF_UINT i = 0; i < fonts->count; ++i) {
    auto font = static_cast<HPDF_Font>(HPDF_List_ItemAt(fonts, i));
    auto attr = static_cast<HPDF_FontAttr>(font->attr);
    bool utf8 = attr->type == HPDF_FONT_TYPE0_TT && attr->encoder && std::strcmp(attr->encoder->name, "UTF-8") == 0;
    if (!utf8 || !attr->cmap_stream) continue;
    HPDF_Stream stream = attr->cmap_stream->stream;
    HPDF_MemStream_FreeData(stream);
    HPDF_Stream_Write(stream, reinterpret_cast<const HPDF_BYTE*>(map.data()), static_cast<HPDF_UINT>(map.size()));
  }
}

}  // namespace deckpress::print
