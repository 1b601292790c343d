#include "print/bookmarks.h"

#include <algorithm>

namespace deckpress::print {
namespace {

int find_or_add(std::vector<Bookmark>& bookmarks, std::vector<std::string>& paths, const std::string& path,
                const std::string& title, int parent, int page) {
  auto found = std::find(paths.begin(), paths.end(), path);
  if (found != paths.end()) {
    int index = static_cast<int>(found - paths.begin());
    bookmarks[index].page = std::min(bookmarks[index].page, page);
    return index;
  }
  paths.push_back(path);
  bookmarks.push_back(Bookmark{title, page, parent});
  return static_cast<int>(bookmarks.size()) - 1;
}

}  // namespace

std::vector<Bookmark> deck_bookmarks(const std::vector<std::pair<std::string, int>>& first_pages) {
  std::vector<Bookmark> bookmarks;
  std::vector<std::string> paths;  // full deck name of each bookmark
  for (const auto& [name, page] : first_pages) {
    int parent = -1;
    size_t start = 0;
    while (true) {
      size_t separator = name.find("::", start);
      std::string title = name.substr(start, separator == std::string::npos ? std::string::npos : separator - start);
      std::string path = name.substr(0, separator);
      parent = find_or_add(bookmarks, paths, path, title, parent, page);
      if (separator == std::string::npos) break;
      start = separator + 2;
    }
  }
  return bookmarks;
}

}  // namespace deckpress::print
