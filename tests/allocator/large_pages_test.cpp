// src/support/large_pages.cpp, linked in as it is into deckpress.
#include <mimalloc.h>

#include <cstdint>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

namespace {

std::string file_text(const char* path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// The "THPeligible" value of the mapping in /proc/self/smaps that holds `address`.
std::string huge_page_eligibility(const void* address) {
  auto at = reinterpret_cast<std::uintptr_t>(address);
  std::istringstream smaps(file_text("/proc/self/smaps"));
  bool inside = false;
  for (std::string line; std::getline(smaps, line);) {
    std::uintptr_t begin = 0, end = 0;
    char dash = 0;
    std::istringstream range(line);
    if (range >> std::hex >> begin >> dash >> end && dash == '-') inside = begin <= at && at < end;
    else if (inside && line.starts_with("THPeligible:")) return line.substr(line.find_last_of(" \t") + 1);
  }
  return "";
}

bool madvise_mode() {
  return file_text("/sys/kernel/mm/transparent_hugepage/enabled").find("[madvise]") != std::string::npos;
}

}  // namespace

// In "always" mode every mapping is eligible and in "never" none is: only
// "madvise" mode shows whether mimalloc asked.
TEST_CASE("deckpress's allocator takes memory in 2 MiB pages where the kernel offers them on request") {
  REQUIRE(mi_option_is_enabled(mi_option_large_os_pages));
  if (!madvise_mode()) return;
  SECTION("a large block") {
    std::vector<char> block(64 << 20, 1);
    CHECK(huge_page_eligibility(block.data() + block.size() / 2) == "1");
  }
  SECTION("the main thread's small blocks, in the heap mimalloc mapped before the option was set") {
    auto small = std::make_unique<char[]>(100);
    CHECK(huge_page_eligibility(small.get()) == "1");
  }
  SECTION("a new thread's first small blocks") {
    std::string eligible;
    std::thread([&] {
      auto small = std::make_unique<char[]>(100);
      eligible = huge_page_eligibility(small.get());
    }).join();
    CHECK(eligible == "1");
  }
}
