#pragma once
// A large deck file is parsed in pieces that each begin at a `[[note]]` line,
// so the pieces parse in parallel and only a few parsed pieces are held in
// memory at once. Where to cut is decided from lines alone; the loader checks
// that the pieces mean what the whole file means and parses the whole file
// when they might not (see loader.cpp).
#include <string_view>
#include <vector>

namespace deckpress {

struct TextPiece {
  std::string_view text;
  int first_line = 1;       // the file's line where the piece begins
  size_t note_headers = 0;  // its lines that are exactly `[[note]]`: about its notes
};

// Cuts `text` before a line that is exactly `[[note]]`, once a piece holds at
// least `piece_bytes`. A text with no such line is one piece.
std::vector<TextPiece> split_at_notes(std::string_view text, size_t piece_bytes);

}  // namespace deckpress
