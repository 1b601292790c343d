#pragma once
// A laid-out sheet as plain data: what the renderer draws, page by page.
#include <string>
#include <vector>

#include "print/page_items.h"

namespace deckpress::print {

struct SheetPage {
  std::vector<Item> items;
  bool operator==(const SheetPage&) const = default;
};

// An outline entry; children follow their parent.
struct Bookmark {
  std::string title;  // the last part of a deck name "A::B"
  int page = 0;       // 0-based
  int parent = -1;    // index of the parent entry, or -1
  bool operator==(const Bookmark&) const = default;
};

struct SheetLayout {
  Size page;
  std::vector<SheetPage> pages;
  std::vector<Bookmark> bookmarks;
  bool operator==(const SheetLayout&) const = default;
};

}  // namespace deckpress::print
