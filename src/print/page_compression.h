#pragma once
// libharu 2.3.0 deflates every page's content stream while it saves the
// file, on one thread, at a level it hard-codes: a fifth of a sheet's build.
// These helpers do the same deflate before the save, so that it can run on
// several threads, and hand libharu the finished bytes. The file stays byte
// for byte what libharu alone writes (tests/print/page_compression_test.cpp).
// They reach into libharu's page and stream records, which Debian's
// libhpdf-dev 2.3.0 installs as headers.
#include <string>
#include <string_view>

#include <hpdf.h>

namespace deckpress::print {

// What libharu's own deflate makes of `raw`: one zlib stream at zlib's
// default level, window and memory sizes.
std::string deflate_content(std::string_view raw);

// The page's content stream as drawn so far, uncompressed.
std::string page_content(HPDF_Page page);

// Makes `deflated` (from deflate_content) the page's content stream, to be
// written as it is, under the /Filter entry libharu writes for deflated
// streams.
void set_deflated_content(HPDF_Page page, std::string_view deflated);

}  // namespace deckpress::print
