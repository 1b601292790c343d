#pragma once
// Bounds on what a deck may make deckpress do, so a mistaken or hostile deck
// gets a clear error instead of exhausting memory. docs/robustness.md lists
// them.
#include <cstddef>
#include <cstdint>
#include <string>

namespace deckpress {

struct Limits {
  std::uintmax_t deck_file_bytes = std::uintmax_t{256} << 20;  // checked before reading
  std::size_t field_bytes = std::size_t{1} << 20;
  std::size_t notes = 1'000'000;
  std::uintmax_t media_file_bytes = std::uintmax_t{20} << 20;  // per file, checked before reading
  // Not a limit on the deck: deck files larger than this are parsed in pieces
  // of about this size (see deck/pieces.h).
  std::size_t piece_bytes = std::size_t{256} << 10;
};

// "1048576 bytes (1 MiB)": a limit as error messages state it.
std::string describe_limit(std::uintmax_t bytes);

}  // namespace deckpress
