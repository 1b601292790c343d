#include "print/page_deflater.h"

#include "print/page_compression.h"

namespace deckpress::print {

PageDeflater::PageDeflater()
    : worker_([this] {
        for (;;) {
          {
            std::unique_lock lock(mutex_);
            changed_.wait(lock, [this] { return stopping_ || next_ < contents_.size(); });
            if (next_ >= contents_.size()) return;  // stopping, nothing left
          }
          deflate_next();
        }
      }) {}

PageDeflater::~PageDeflater() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
}

void PageDeflater::add(HPDF_Page page) {
  std::string raw = take_page_content(page);
  {
    std::lock_guard lock(mutex_);
    pages_.push_back(page);
    contents_.push_back(std::move(raw));
  }
  changed_.notify_all();
}

bool PageDeflater::deflate_next() {
  std::string* content;
  {
    std::lock_guard lock(mutex_);
    if (next_ >= contents_.size()) return false;
    content = &contents_[next_++];
  }
  std::exception_ptr failed;
  try {
    *content = deflate_content(*content, kContentLevel);
  } catch (...) {
    failed = std::current_exception();
  }
  {
    std::lock_guard lock(mutex_);
    ++deflated_;
    if (failed && !failure_) failure_ = failed;
  }
  changed_.notify_all();
  return true;
}

void PageDeflater::finish() {
  while (deflate_next()) {
  }
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [this] { return deflated_ == contents_.size(); });
  if (failure_) std::rethrow_exception(failure_);
  for (size_t i = 0; i < pages_.size(); ++i) set_deflated_content(pages_[i], contents_[i]);
  pages_.clear();
  contents_.clear();
  next_ = deflated_ = 0;
}

}  // namespace deckpress::print
