#include "print/math_store.h"

#include <fcntl.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "print/digest.h"

namespace deckpress::print {
namespace {

namespace fs = std::filesystem;

std::optional<std::string> read_bytes(const fs::path& file) {
  int fd = open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  std::string bytes;
  char chunk[16384];
  ssize_t n;
  while ((n = read(fd, chunk, sizeof chunk)) > 0) bytes.append(chunk, static_cast<size_t>(n));
  close(fd);
  if (n < 0) return std::nullopt;
  return bytes;
}

// Written beside its final name, then renamed: a reader never sees half.
// A cache that cannot be written only costs time.
void write_bytes(const fs::path& file, const std::string& bytes) {
  std::error_code error;
  fs::create_directories(file.parent_path(), error);
  fs::path temporary = file;
  temporary += ".tmp" + std::to_string(getpid());
  {
    std::ofstream out(temporary, std::ios::binary);
    out << bytes;
    if (!out) return;
  }
  fs::rename(temporary, file, error);
  if (error) fs::remove(temporary, error);
}

TypesetFormula typeset_formula(TypesetMath math) {
  if (auto* drawing = std::get_if<MathDrawing>(&math)) {
    return TypesetFormula{std::make_shared<const MathDrawing>(std::move(*drawing)), ""};
  }
  return TypesetFormula{nullptr, std::get<std::string>(math)};
}

}  // namespace

fs::path MathStore::formula_file(const Formula& formula) const {
  return dir_ / sha256_hex(version_ + '\n' + (formula.display ? "display" : "inline") + '\n' + formula.tex);
}

fs::path MathStore::glyph_file(const std::string& name) const {
  return dir_ / "glyphs" / sha256_hex(version_ + '\n' + name);
}

std::shared_ptr<const PdfPath> MathStore::glyph(const std::string& name) {
  auto known = glyphs_.find(name);
  if (known != glyphs_.end()) return known->second;
  auto bytes = read_bytes(glyph_file(name));
  if (!bytes) return nullptr;
  auto path = std::make_shared<const PdfPath>(deserialize_glyph(*bytes));
  glyphs_.emplace(name, path);
  return path;
}

std::optional<TypesetFormula> MathStore::load(const Formula& formula) {
  auto bytes = read_bytes(formula_file(formula));
  if (!bytes) return std::nullopt;
  try {
    return typeset_formula(deserialize_math(*bytes, [this](const std::string& name) { return glyph(name); }));
  } catch (const std::runtime_error&) {
    return std::nullopt;  // damaged: typeset it again
  }
}

TypesetFormula MathStore::store(const Formula& formula, TypesetMath math) {
  if (auto* drawing = std::get_if<MathDrawing>(&math)) {
    for (size_t i = 0; i < drawing->glyphs.size(); ++i) {
      const std::string& name = drawing->glyph_names[i];
      if (glyph(name)) continue;
      write_bytes(glyph_file(name), serialize_glyph(*drawing->glyphs[i]));
      glyphs_.emplace(name, std::make_shared<const PdfPath>(deserialize_glyph(serialize_glyph(*drawing->glyphs[i]))));
    }
  }
  std::string bytes = serialize_math(math);
  write_bytes(formula_file(formula), bytes);
  // What is used is what a later load gives: a cold build and a warm one
  // draw the very same numbers.
  return typeset_formula(deserialize_math(bytes, [this](const std::string& name) { return glyph(name); }));
}

}  // namespace deckpress::print
