#pragma once
// libharu 2.3.0 deflates every page's content stream while it saves the
// file, on one thread, at zlib's default level, which it hard-codes: that
// was a fifth of a sheet's build. These helpers deflate the content before
// the save instead, each page on a thread of its own as soon as it is drawn
// (page_deflater.h), at a level of our choosing, and hand libharu the
// finished bytes; the rest of the
// file is byte for byte what libharu alone writes (at the default level,
// the whole file is: tests/print/page_compression_test.cpp). They reach
// into libharu's page and stream records, which Debian's libhpdf-dev 2.3.0
// installs as headers.
#include <string>
#include <string_view>

#include <hpdf.h>

namespace deckpress::print {

// Level 3 deflates page content 2.4 times as fast as libharu's level 6
// (Z_DEFAULT_COMPRESSION) for 22 % more compressed bytes.
constexpr int kContentLevel = 3;

// One zlib stream at `level` with zlib's default window and memory sizes:
// at Z_DEFAULT_COMPRESSION, what libharu's own deflate makes of `raw`.
std::string deflate_content(std::string_view raw, int level);

// The page's content stream as drawn so far, uncompressed, moved out of
// libharu's memory (the page is empty until set_deflated_content).
std::string take_page_content(HPDF_Page page);

// Makes `deflated` (from deflate_content) the page's content stream, to be
// written as it is, under the /Filter entry libharu writes for deflated
// streams.
void set_deflated_content(HPDF_Page page, std::string_view deflated);

}  // namespace deckpress::print
