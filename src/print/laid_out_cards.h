#pragma once
// The cards of a sheet, laid out in the background while the caller uses
// the first ones: pages can be drawn while later cards are still being
// fitted.
#include <condition_variable>
#include <exception>
#include <functional>
#include <map>
#include <string>
#include <mutex>
#include <thread>
#include <vector>

#include "print/card_layout.h"

namespace deckpress::print {

class LaidOutCards {
 public:
  // One helper thread per entry of `metrics` after the first; the first
  // belongs to the calling thread, which lays cards out itself while it
  // waits for one. All arguments must outlive this object.
  LaidOutCards(const std::vector<PrintedCard>& cards, const SheetConfig& config,
               const std::vector<FontMetrics*>& metrics, const ImageSizes& images,
               const TypesetFormulas* math = nullptr);
  ~LaidOutCards();
  LaidOutCards(const LaidOutCards&) = delete;
  LaidOutCards& operator=(const LaidOutCards&) = delete;

  size_t size() const { return cards_.size(); }
  // Card i once laid out; only the constructing thread may call this.
  // Whatever laying it out threw is thrown here, on the caller's thread.
  const LaidOutCard& operator[](size_t i);

 private:
  // Lays out the next card nobody has taken; false when none is left.
  bool lay_out_next(size_t thread);

  const std::vector<PrintedCard>& cards_;
  std::vector<int> numbers_;
  std::vector<CardLayouter> layouters_;  // one per thread
  std::vector<LaidOutCard> laid_out_;
  std::vector<std::exception_ptr> errors_;
  std::vector<char> done_;  // guarded by mutex_
  std::mutex mutex_;
  std::condition_variable finished_;
  size_t next_ = 0;  // guarded by mutex_
  std::vector<std::jthread> helpers_;
};

// The largest size each image is drawn at on these cards, in points, by
// name; waits for the cards that show one.
using PrintedSizes = std::map<std::string, Size>;
PrintedSizes printed_image_sizes(LaidOutCards& laid_out, const std::vector<PrintedCard>& cards);

// Called once every card that shows an image is laid out, before the first
// page is handed on: the pictures can be prepared for the size they print at.
using ImagesPlaced = std::function<void(const PrintedSizes& printed)>;

}  // namespace deckpress::print
