#include "deck/source.h"

#include <algorithm>

namespace deckpress {

const std::string& SourcePath::empty() {
  static const std::string none;
  return none;
}

SourcePos advanced(SourcePos start, std::string_view text) {
  for (char c : text) {
    if (c == '\n') {
      ++start.line;
      start.column = 1;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {  // not a UTF-8 continuation byte
      ++start.column;
    }
  }
  return start;
}

void Diagnostics::error(SourcePos pos, std::string message) {
  items_.push_back({Severity::error, std::move(pos), std::move(message)});
}

void Diagnostics::warning(SourcePos pos, std::string message) {
  items_.push_back({Severity::warning, std::move(pos), std::move(message)});
}

void Diagnostics::add(Diagnostic d) { items_.push_back(std::move(d)); }

void Diagnostics::append(const Diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

bool Diagnostics::has_errors() const { return error_count() > 0; }

size_t Diagnostics::error_count() const {
  return std::count_if(items_.begin(), items_.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::error; });
}

size_t Diagnostics::warning_count() const { return items_.size() - error_count(); }

}  // namespace deckpress
