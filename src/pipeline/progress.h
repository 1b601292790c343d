#pragma once
// A one-line progress display on a terminal, shown only for builds that
// take more than a second: "deckpress: 12/100 decks, 3400 cards".
#include <chrono>
#include <cstdio>
#include <mutex>
#include <vector>

namespace deckpress::pipeline {

class Progress {
 public:
  Progress(size_t total_decks, bool enabled);
  ~Progress();

  // Deck `deck` (its index) is done; later calls for it count nothing.
  void deck_done(size_t deck, size_t cards);

 private:
  std::mutex mutex_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::vector<bool> done_;
  size_t count_ = 0;
  size_t cards_ = 0;
  bool enabled_;
  bool shown_ = false;
};

}  // namespace deckpress::pipeline
