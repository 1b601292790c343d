#pragma once
// Runs body(0..count-1) on up to `jobs` threads; each index runs once.
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace deckpress::build {

template <typename Body>
void parallel_for(size_t count, unsigned jobs, const Body& body) {
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i; (i = next++) < count;) body(i);
  };
  std::vector<std::jthread> threads;
  for (unsigned t = 1; t < jobs && t < count; ++t) threads.emplace_back(worker);
  worker();
}

}  // namespace deckpress::build
