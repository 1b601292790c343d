// mimalloc takes its memory from the system in 2 MiB pages where the kernel
// gives them on request (transparent huge pages in "madvise" mode, Debian's
// default). A sheet of 10,000 cards touches about 200 MB: in 4 KiB pages
// that is over 50,000 page faults, a fifth of the sheet's CPU time on a
// virtual machine; in 2 MiB pages, about 9,000. Peak memory grows about 5 %.
// Linked into the deckpress executable only when it uses mimalloc; set
// before main so that every large allocation gets it.
#include <mimalloc.h>

namespace {

const bool large_pages = [] {
  mi_option_enable(mi_option_large_os_pages);
  return true;
}();

}  // namespace
