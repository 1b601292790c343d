#include <unordered_map>

#include "anki/ids.h"

namespace deckpress::anki {
namespace {

// Hands out ids, each taken id pointing at a lower candidate. Following and
// shortening those links keeps long runs of equal wishes linear.
class IdAllocator {
 public:
  explicit IdAllocator(size_t ids) { lower_.reserve(ids); }

  int64_t take(int64_t wanted) {
    int64_t id = wanted;
    std::vector<int64_t> visited;
    for (auto it = lower_.find(id); it != lower_.end(); it = lower_.find(id)) {
      visited.push_back(id);
      id = it->second;
    }
    for (int64_t taken : visited) lower_[taken] = id;
    lower_[id] = id - 1;
    return id;
  }

 private:
  std::unordered_map<int64_t, int64_t> lower_;  // only looked up, never iterated
};

}  // namespace

std::vector<int64_t> unique_ids(const std::vector<int64_t>& wanted) {
  IdAllocator allocator(wanted.size());
  std::vector<int64_t> ids;
  ids.reserve(wanted.size());
  for (int64_t id : wanted) ids.push_back(allocator.take(id));
  return ids;
}

}  // namespace deckpress::anki
