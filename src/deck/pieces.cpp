#include "deck/pieces.h"

namespace deckpress {

namespace {

bool is_note_header(std::string_view line) {
  if (line.ends_with('\r')) line.remove_suffix(1);
  return line == "[[note]]";
}

}  // namespace

std::vector<TextPiece> split_at_notes(std::string_view text, size_t piece_bytes) {
  std::vector<TextPiece> pieces;
  size_t start = 0;
  int start_line = 1;
  int line = 1;
  size_t headers = 0;
  for (size_t at = 0; at < text.size(); ++line) {
    size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    if (is_note_header(text.substr(at, end - at))) {
      if (at - start >= piece_bytes) {
        pieces.push_back({text.substr(start, at - start), start_line, headers});
        start = at;
        start_line = line;
        headers = 0;
      }
      ++headers;
    }
    at = end + 1;
  }
  pieces.push_back({text.substr(start), start_line, headers});
  return pieces;
}

}  // namespace deckpress
