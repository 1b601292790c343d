#pragma once
// Positions in deck files and the diagnostics that point at them.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

namespace deckpress {

// The path of the file a position points into, shared by every copy: a deck
// holds a position per note and per field, and 100,000 notes each holding
// their own copy of the path took 15 MB more (docs/performance.md).
class SourcePath {
 public:
  SourcePath() = default;
  SourcePath(std::string path) : path_(std::make_shared<const std::string>(std::move(path))) {}
  SourcePath(const char* path) : SourcePath(std::string(path)) {}

  const std::string& str() const { return path_ ? *path_ : empty(); }
  operator const std::string&() const { return str(); }

  friend bool operator==(const SourcePath& a, const SourcePath& b) { return a.path_ == b.path_ || a.str() == b.str(); }
  friend bool operator==(const SourcePath& a, const std::string& b) { return a.str() == b; }
  friend bool operator==(const SourcePath& a, const char* b) { return a.str() == b; }

 private:
  static const std::string& empty();
  std::shared_ptr<const std::string> path_;
};

struct SourcePos {
  SourcePath path;  // as the user named it, e.g. "decks/python.toml"
  int line = 0;     // 1-based; 0 when the problem concerns the whole file
  int column = 0;   // 1-based, counted in code points
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

template <>
struct fmt::formatter<deckpress::SourcePath> : fmt::formatter<std::string_view> {
  auto format(const deckpress::SourcePath& path, format_context& context) const {
    return fmt::formatter<std::string_view>::format(path.str(), context);
  }
};
