#include "print/page_compression.h"

#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include "support/zlib_deflate.h"

namespace deckpress::print {
namespace {

static_assert(HPDF_VERSION_ID == 20300, "page_compression.cpp reads libharu 2.3.0's page and stream records");

HPDF_Dict contents_of(HPDF_Page page) { return static_cast<HPDF_PageAttr>(page->attr)->contents; }

// Written where libharu's HPDF_Dict_Write puts the /Filter entry of a
// deflated stream: after the dictionary's other entries.
HPDF_STATUS write_flate_filter(HPDF_Dict, HPDF_Stream stream) {
  return HPDF_Stream_WriteStr(stream, "/Filter [ /FlateDecode ]\012");
}

}  // namespace

std::string deflate_content(std::string_view raw, int level) {
  return zlib_deflate(raw, level, DeflateFormat::zlib, true);
}

std::string take_page_content(HPDF_Page page) {
  HPDF_Stream stream = contents_of(page)->stream;
  std::string raw(HPDF_Stream_Size(stream), '\0');
  HPDF_UINT size = static_cast<HPDF_UINT>(raw.size());
  HPDF_Stream_Seek(stream, 0, HPDF_SEEK_SET);
  HPDF_Stream_Read(stream, reinterpret_cast<HPDF_BYTE*>(raw.data()), &size);
  raw.resize(size);
  HPDF_MemStream_FreeData(stream);
  return raw;
}

void set_deflated_content(HPDF_Page page, std::string_view deflated) {
  HPDF_Dict contents = contents_of(page);
  HPDF_MemStream_FreeData(contents->stream);
  HPDF_Stream_Write(contents->stream, reinterpret_cast<const HPDF_BYTE*>(deflated.data()),
                    static_cast<HPDF_UINT>(deflated.size()));
  contents->filter = HPDF_STREAM_FILTER_NONE;
  contents->write_fn = write_flate_filter;
}

}  // namespace deckpress::print
