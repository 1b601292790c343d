#pragma once
// Pieces of a rendered preview page, for tests that check one card at a time.
#include <string>

// The <section> of the card numbered `number` (1-based), or "" when absent.
inline std::string card_section_of(const std::string& page, int number) {
  std::string start = "<section class=\"dp-card\" id=\"card-" + std::to_string(number) + "\"";
  size_t begin = page.find(start);
  if (begin == std::string::npos) return "";
  size_t end = page.find("</section>", begin);
  return page.substr(begin, end + 10 - begin);
}

inline size_t occurrences(const std::string& text, const std::string& part) {
  size_t count = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++count;
  return count;
}

// The HTML inside one side ("dp-question" or "dp-answer") of a card section.
inline std::string side_of(const std::string& section, const std::string& role) {
  size_t tag = section.find("<div class=\"dp-side " + role);
  if (tag == std::string::npos) return "";
  size_t begin = section.find(">\n", tag) + 2;
  return section.substr(begin, section.find("\n</div>\n", begin) - begin);
}
