#pragma once
// Running work on several threads. Header-only, so every stage can use it.
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <thread>
#include <vector>

namespace deckpress {

// Runs body(0..count-1) on up to `jobs` threads; each index runs once, and
// indexes are handed out in increasing order.
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

// Runs produce(i) on up to `jobs` threads and consume(i, result) one at a time
// in index order, as soon as result i is ready. A result is destroyed right
// after it is consumed, so at most about `jobs` results exist at once.
template <typename Produce, typename Consume>
void parallel_in_order(size_t count, unsigned jobs, const Produce& produce, const Consume& consume) {
  std::mutex mutex;
  std::condition_variable turn_passed;
  size_t turn = 0;
  parallel_for(count, jobs, [&](size_t i) {
    auto result = produce(i);
    std::unique_lock lock(mutex);
    turn_passed.wait(lock, [&] { return turn == i; });
    consume(i, result);
    ++turn;
    turn_passed.notify_all();
  });
}

}  // namespace deckpress
