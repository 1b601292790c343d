#pragma once
// Running independent work on several threads. Header-only, so every stage
// can use it.
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace deckpress {

// Threads worth running at once: one per core.
inline size_t core_count() { return std::max(1u, std::thread::hardware_concurrency()); }

// Calls body(thread, i) once for every i < count on up to `threads` threads
// (thread 0 is the caller). Each thread takes the next i not yet taken, so
// indexes start in increasing order and a body may keep per-thread state
// indexed by `thread`. The first exception a body throws stops the handing
// out and is rethrown here once every thread has stopped.
template <typename Body>
void parallel_for_threads(size_t count, size_t threads, const Body& body) {
  std::atomic<size_t> next{0};
  std::mutex mutex;
  std::exception_ptr error;
  auto work = [&](size_t thread) {
    try {
      for (size_t i; (i = next++) < count;) body(thread, i);
    } catch (...) {
      std::lock_guard lock(mutex);
      if (!error) error = std::current_exception();
      next = count;
    }
  };
  {
    std::vector<std::jthread> helpers;
    for (size_t thread = 1; thread < threads && thread < count; ++thread) helpers.emplace_back(work, thread);
    work(0);
  }
  if (error) std::rethrow_exception(error);
}

// parallel_for_threads for bodies that need no thread number: body(i).
template <typename Body>
void parallel_for(size_t count, size_t threads, const Body& body) {
  parallel_for_threads(count, threads, [&](size_t, size_t i) { body(i); });
}

// Runs produce(i) on up to `threads` threads and consume(i, result) one at a
// time in index order, as soon as result i is ready. A result is destroyed
// right after it is consumed, so at most about `threads` results exist at
// once. An exception from either is rethrown here.
template <typename Produce, typename Consume>
void parallel_in_order(size_t count, size_t threads, const Produce& produce, const Consume& consume) {
  std::mutex mutex;
  std::condition_variable turn_passed;
  size_t turn = 0;
  parallel_for(count, threads, [&](size_t i) {
    std::optional<decltype(produce(i))> result;
    std::exception_ptr failed;
    try {
      result.emplace(produce(i));
    } catch (...) {
      failed = std::current_exception();
    }
    std::unique_lock lock(mutex);
    turn_passed.wait(lock, [&] { return turn == i; });
    // The turn passes however this ends, so the thread holding i + 1 never waits forever.
    struct PassTurn {
      size_t& turn;
      std::condition_variable& passed;
      ~PassTurn() {
        ++turn;
        passed.notify_all();
      }
    } pass{turn, turn_passed};
    if (failed) std::rethrow_exception(failed);
    consume(i, *result);
  });
}

}  // namespace deckpress
