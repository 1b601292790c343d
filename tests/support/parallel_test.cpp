// The thread helpers every stage uses (src/support/parallel.h).
#include <catch2/catch.hpp>

#include <atomic>
#include <stdexcept>
#include <string>
#include <vector>

#include "support/parallel.h"

using namespace deckpress;

TEST_CASE("parallel_for_threads calls the body once per index, each thread with its own number") {
  std::vector<std::atomic<int>> calls(1000);
  std::vector<std::atomic<int>> per_thread(3);
  parallel_for_threads(calls.size(), 3, [&](size_t thread, size_t i) {
    ++calls[i];
    ++per_thread[thread];
  });
  for (const auto& count : calls) CHECK(count == 1);
  CHECK(per_thread[0] + per_thread[1] + per_thread[2] == 1000);
}

TEST_CASE("parallel_for rethrows what a body threw, after all threads stopped") {
  CHECK_THROWS_WITH(parallel_for(1000, 3,
                                 [](size_t i) {
                                   if (i == 10) throw std::runtime_error("ten");
                                 }),
                    "ten");
}

TEST_CASE("parallel_in_order consumes every result once, in index order") {
  std::vector<size_t> consumed;
  parallel_in_order(
      500, 4, [](size_t i) { return std::to_string(i * i); },
      [&](size_t i, const std::string& square) {
        CHECK(square == std::to_string(i * i));
        consumed.push_back(i);
      });
  REQUIRE(consumed.size() == 500);
  for (size_t i = 0; i < consumed.size(); ++i) CHECK(consumed[i] == i);
}

TEST_CASE("parallel_in_order rethrows a failure instead of leaving the next index waiting") {
  size_t consumed = 0;
  auto produce = [](size_t i) {
    if (i == 7) throw std::runtime_error("seven");
    return i;
  };
  CHECK_THROWS_WITH(parallel_in_order(100, 3, produce, [&](size_t, size_t) { ++consumed; }), "seven");
  CHECK(consumed >= 7);
}
