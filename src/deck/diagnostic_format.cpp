#include "deck/diagnostic_format.h"

#include <fstream>

#include <fmt/format.h>

namespace deckpress {

std::string SourceLines::line(const std::string& path, int number) {
  auto found = files_.find(path);
  if (found == files_.end()) {
    std::vector<std::string> lines;
    std::ifstream in(path, std::ios::binary);
    for (std::string text; std::getline(in, text);) {
      if (!text.empty() && text.back() == '\r') text.pop_back();
      lines.push_back(std::move(text));
    }
    found = files_.emplace(path, std::move(lines)).first;
  }
  const auto& lines = found->second;
  return number >= 1 && number <= static_cast<int>(lines.size()) ? lines[number - 1] : "";
}

namespace {

// Spaces up to `column` (in code points), keeping tabs so the caret lines up.
std::string caret_indent(const std::string& line, int column) {
  std::string indent;
  int at = 1;
  for (size_t i = 0; i < line.size() && at < column; ++i) {
    unsigned char c = line[i];
    if ((c & 0xC0) == 0x80) continue;
    indent += c == '\t' ? '\t' : ' ';
    ++at;
  }
  return indent;
}

}  // namespace

std::string format_diagnostic(const Diagnostic& diagnostic, SourceLines& sources) {
  const SourcePos& pos = diagnostic.pos;
  const char* kind = diagnostic.severity == Severity::error ? "error" : "warning";
  // A problem of no file (a whole sheet that cannot be drawn) is deckpress's own.
  if (pos.line <= 0) return fmt::format("{}: {}: {}\n", pos.path.str().empty() ? "deckpress" : pos.path.str(), kind,
                                        diagnostic.message);
  std::string text = fmt::format("{}:{}:{}: {}: {}\n", pos.path, pos.line, pos.column, kind,
                                 diagnostic.message);
  std::string line = sources.line(pos.path, pos.line);
  if (line.empty()) return text;
  std::string gutter(std::to_string(pos.line).size(), ' ');
  text += fmt::format(" {} | {}\n", pos.line, line);
  text += fmt::format(" {} | {}^\n", gutter, caret_indent(line, pos.column));
  return text;
}

}  // namespace deckpress
