#pragma once
// A laid-out sheet as plain data: what the renderer draws, page by page.
#include <functional>
#include <string>
#include <vector>

#include "print/geometry.h"
#include "print/page_items.h"

namespace deckpress::print {

// Items drawn through a transform: a card turned on the page, a note read
// along a side of it. Items are in the group's own coordinates.
struct ItemGroup {
  Transform transform;
  std::vector<Item> items;
  bool operator==(const ItemGroup&) const = default;
};

struct SheetPage {
  std::vector<Item> items;
  std::vector<ItemGroup> groups;  // drawn after the items
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

// Receives the pages of a sheet one by one, in order.
using PageSink = std::function<void(SheetPage page)>;

inline void append_items(std::vector<Item>& to, std::vector<Item> items) {
  for (Item& item : items) to.push_back(std::move(item));
}

}  // namespace deckpress::print
