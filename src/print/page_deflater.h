#pragma once
// Page contents deflated on a thread of their own while later pages are
// drawn. The drawing thread and the layout threads already keep the cores
// busy; deflating on the drawing thread made it the last one working, alone,
// for the final third of a large sheet, and deflating every page at the end
// left a serial copy before it. libharu is not thread-safe: the pages'
// contents are taken and given back on the drawing thread only.
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <hpdf.h>

namespace deckpress::print {

class PageDeflater {
 public:
  PageDeflater();
  ~PageDeflater();
  PageDeflater(const PageDeflater&) = delete;
  PageDeflater& operator=(const PageDeflater&) = delete;

  // Takes the drawn page's content, to be deflated in the background.
  void add(HPDF_Page page);
  // Deflates what is left on this thread too, then gives every page its
  // deflated content (page_compression.h). What deflating threw, on any
  // thread, is thrown here.
  void finish();

 private:
  // Deflates the next page nobody has taken; false when none is waiting.
  bool deflate_next();

  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<HPDF_Page> pages_;
  std::deque<std::string> contents_;  // raw, then deflated; a deque keeps them in place as it grows
  size_t next_ = 0;                   // the first content nobody has taken
  size_t deflated_ = 0;
  std::exception_ptr failure_;  // the first thing deflating threw
  bool stopping_ = false;
  std::jthread worker_;
};

}  // namespace deckpress::print
