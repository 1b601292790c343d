#pragma once
// Positions in deck files and the diagnostics that point at them.
#include <string>
#include <string_view>
#include <vector>

namespace deckpress {

struct SourcePos {
  std::string path;  // as the user named it, e.g. "decks/python.toml"
  int line = 0;      // 1-based; 0 when the problem concerns the whole file
  int column = 0;    // 1-based, counted in code points
};

// The position just after `text`, when `text` begins at `start`.
SourcePos advanced(SourcePos start, std::string_view text);

enum class Severity { error, warning };

struct Diagnostic {
  Severity severity = Severity::error;
  SourcePos pos;
  std::string message;
};

// Collects every problem of a run; nothing stops at the first one.
class Diagnostics {
 public:
  void error(SourcePos pos, std::string message);
  void warning(SourcePos pos, std::string message);
  void add(Diagnostic d);
  void append(const Diagnostics& other);

  const std::vector<Diagnostic>& all() const { return items_; }
  bool has_errors() const;
  size_t error_count() const;
  size_t warning_count() const;

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace deckpress
