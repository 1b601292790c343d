// The thread helper of the layout and the page compression.
#include <catch2/catch.hpp>

#include <atomic>
#include <stdexcept>
#include <vector>

#include "print/share_out.h"

using namespace deckpress::print;

TEST_CASE("share_out calls the body once per index, each thread with its own number") {
  std::vector<std::atomic<int>> calls(1000);
  std::vector<std::atomic<int>> per_thread(3);
  share_out(calls.size(), 3, [&](size_t thread, size_t i) {
    ++calls[i];
    ++per_thread[thread];
  });
  for (const auto& count : calls) CHECK(count == 1);
  CHECK(per_thread[0] + per_thread[1] + per_thread[2] == 1000);
}

TEST_CASE("share_out rethrows what a body threw, after all threads stopped") {
  CHECK_THROWS_WITH(share_out(1000, 3,
                              [](size_t, size_t i) {
                                if (i == 10) throw std::runtime_error("ten");
                              }),
                    "ten");
}
