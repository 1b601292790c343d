#include "print/laid_out_cards.h"

#include <algorithm>

namespace deckpress::print {

LaidOutCards::LaidOutCards(const std::vector<PrintedCard>& cards, const SheetConfig& config,
                           const std::vector<FontMetrics*>& metrics, const ImageSizes& images,
                           const TypesetFormulas* math)
    : cards_(cards),
      numbers_(card_numbers(cards)),
      laid_out_(cards.size()),
      errors_(cards.size()),
      done_(cards.size(), 0) {
  layouters_.reserve(metrics.size());
  for (FontMetrics* own : metrics) layouters_.emplace_back(config, *own, images, math);
  for (size_t thread = 1; thread < layouters_.size() && thread < cards.size(); ++thread) {
    helpers_.emplace_back([this, thread] {
      while (lay_out_next(thread)) {
      }
    });
  }
}

LaidOutCards::~LaidOutCards() {
  // Helpers finish the cards they hold and take no more.
  {
    std::lock_guard lock(mutex_);
    next_ = cards_.size();
  }
  helpers_.clear();
}

bool LaidOutCards::lay_out_next(size_t thread) {
  size_t i;
  {
    std::lock_guard lock(mutex_);
    if (next_ >= cards_.size()) return false;
    i = next_++;
  }
  LaidOutCard card;
  std::exception_ptr error;
  try {
    card = layouters_[thread].lay_out(cards_[i], numbers_[i]);
  } catch (...) {
    error = std::current_exception();
  }
  {
    std::lock_guard lock(mutex_);
    laid_out_[i] = std::move(card);
    errors_[i] = error;
    done_[i] = 1;
  }
  finished_.notify_all();
  return true;
}

const LaidOutCard& LaidOutCards::operator[](size_t i) {
  for (;;) {
    {
      std::unique_lock lock(mutex_);
      if (!done_[i] && next_ >= cards_.size()) finished_.wait(lock, [&] { return done_[i] != 0; });
      if (done_[i]) {
        if (errors_[i]) std::rethrow_exception(errors_[i]);
        return laid_out_[i];
      }
    }
    lay_out_next(0);
  }
}

namespace {

void record_images(const FittedSide& side, PrintedSizes& sizes) {
  for (const Item& item : side.items) {
    const auto* image = std::get_if<ImageItem>(&item);
    if (!image) continue;
    Size& largest = sizes[image->name];
    largest.width = std::max(largest.width, image->rect.width);
    largest.height = std::max(largest.height, image->rect.height);
  }
}

}  // namespace

PrintedSizes printed_image_sizes(LaidOutCards& laid_out, const std::vector<PrintedCard>& cards) {
  PrintedSizes sizes;
  for (size_t i = 0; i < cards.size(); ++i) {
    if (cards[i].front_html.find("<img") == std::string::npos && cards[i].back_html.find("<img") == std::string::npos) {
      continue;
    }
    const LaidOutCard& card = laid_out[i];
    record_images(card.front, sizes);
    record_images(card.back, sizes);
  }
  return sizes;
}

}  // namespace deckpress::print
