#include "pipeline/progress.h"

#include <unistd.h>

namespace deckpress::pipeline {

Progress::Progress(size_t total_decks, bool enabled)
    : done_(total_decks), enabled_(enabled && ::isatty(STDERR_FILENO)) {}

Progress::~Progress() {
  if (shown_) std::fputs("\r\033[K", stderr);
}

void Progress::deck_done(size_t deck, size_t cards) {
  std::lock_guard lock(mutex_);
  if (done_[deck]) return;
  done_[deck] = true;
  ++count_;
  cards_ += cards;
  if (!enabled_ || std::chrono::steady_clock::now() - start_ < std::chrono::seconds(1)) return;
  std::fprintf(stderr, "\r\033[Kdeckpress: %zu/%zu decks, %zu cards", count_, done_.size(), cards_);
  std::fflush(stderr);
  shown_ = true;
}

}  // namespace deckpress::pipeline
