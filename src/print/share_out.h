#pragma once
// Spreads independent pieces of work over threads.
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace deckpress::print {

// Calls body(thread, i) once for every i < count on `threads` threads
// (thread 0 is the caller); each thread takes the next i not yet taken, so
// a body may keep per-thread state indexed by `thread`. The first
// exception a body throws stops the handing out and is rethrown here.
template <typename Body>
void share_out(size_t count, size_t threads, const Body& body) {
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

}  // namespace deckpress::print
