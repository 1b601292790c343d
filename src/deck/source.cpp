#include "deck/source.h"

#include <algorithm>

namespace deckpress {

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
