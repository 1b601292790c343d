#include "deck/limits.h"

#include <fmt/format.h>

namespace deckpress {

std::string describe_limit(std::uintmax_t bytes) {
  return fmt::format("{} bytes ({:g} MiB)", bytes, static_cast<double>(bytes) / (1 << 20));
}

}  // namespace deckpress
