// mimalloc takes its memory from the system in 2 MiB pages where the kernel
// gives them on request (transparent huge pages in "madvise" mode, Debian's
// default). A sheet of 10,000 cards touches about 200 MB: in 4 KiB pages
// that is over 50,000 page faults, a fifth of the sheet's CPU time on a
// virtual machine; in 2 MiB pages, about 1,500. Peak memory grows about 5 %.
// Linked into the deckpress executable only when it uses mimalloc; set
// before main so that every large allocation gets it.
#include <sys/mman.h>

#include <cstdint>
#include <cstdio>

#include <mimalloc.h>

namespace {

// mimalloc maps the main thread's first 32 MiB while the process starts,
// before the option below is set, and most runs never need more: ask for
// 2 MiB pages in the mapping that holds it too (a third of a small sheet's
// time here went to faulting it in 4 KiB at a time).
void advise_startup_heap() {
  void* probe = mi_malloc(1);
  auto at = reinterpret_cast<std::uintptr_t>(probe);
  if (std::FILE* maps = std::fopen("/proc/self/maps", "r")) {
    std::uintptr_t begin = 0, end = 0;
    // Each line: "begin-end" in hex, then the rest of the line, skipped.
    while (std::fscanf(maps, "%jx-%jx%*[^\n]", &begin, &end) == 2) {
      if (begin <= at && at < end) {
        madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
        break;
      }
    }
    std::fclose(maps);
  }
  mi_free(probe);
}

const bool large_pages = [] {
  mi_option_enable(mi_option_large_os_pages);
  // By default a thread's first segment is committed lazily and never in
  // large pages; deckpress's threads each fill theirs.
  mi_option_set(mi_option_eager_commit_delay, 0);
  advise_startup_heap();
  return true;
}();

}  // namespace
