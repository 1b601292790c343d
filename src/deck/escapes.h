#pragma once
// What a field written in TOML holds that its author may not have meant. In
// "..." strings a backslash starts an escape, so `"$\frac{1}{2}$"` holds a
// form feed and `"$a \times b$"` a tab: TeX's backslashes vanish without a
// word. These checks make each such escape an error at its backslash, saying
// how to write it: a literal string ('...' or '''...''') or a doubled
// backslash. Allowed: \\ anywhere, \n and \t in multi-line strings outside
// math, and any other escape that makes a printable character outside math.
// Control characters written as is follow the same rule.
#include <string>
#include <string_view>

#include "deck/model.h"

namespace deckpress {

// Checks the string value `value` of a field (or the deck description),
// written at `raw` (from its opening quote on), which starts at `start` in
// the file. `format` says where its math is. Control characters written as
// is are errors too, but for tabs in multi-line strings outside math.
void check_written_string(std::string_view raw, const SourcePos& start, const std::string& value,
                          TextFormat format, Diagnostics& diagnostics);

// The plain message for a TOML parse error about an escape, and the
// position of its backslash; nullopt for other errors. `text` is what was
// parsed, `at` where toml++ stopped.
struct EscapeError {
  SourcePos pos;
  std::string message;
};
std::optional<EscapeError> escape_error(std::string_view description, std::string_view text, SourcePos at);

}  // namespace deckpress
