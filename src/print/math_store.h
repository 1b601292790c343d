#pragma once
// Typeset formulas kept in a folder (the output's .deckpress/math) by
// content hash, so a warm build never starts node:
//   <digest of helper version, display flag, TeX>   a formula's record
//   glyphs/<digest of helper version, glyph name>  a glyph's record
// Formulas share MathJax's glyphs, so each glyph is stored and read once.
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "print/math_drawing.h"
#include "print/styled_text.h"

namespace deckpress::print {

class MathStore {
 public:
  // `version` digests the helper and its packages: a new one starts afresh.
  MathStore(std::filesystem::path dir, std::string version) : dir_(std::move(dir)), version_(std::move(version)) {}

  // Nothing when the formula is not kept, or its record is damaged.
  std::optional<TypesetFormula> load(const Formula& formula);
  // Keeps a new drawing and gives back what load will give from now on.
  TypesetFormula store(const Formula& formula, TypesetMath math);

 private:
  std::filesystem::path formula_file(const Formula& formula) const;
  std::filesystem::path glyph_file(const std::string& name) const;
  std::shared_ptr<const PdfPath> glyph(const std::string& name);

  std::filesystem::path dir_;
  std::string version_;
  std::map<std::string, std::shared_ptr<const PdfPath>> glyphs_;  // read or written so far
};

}  // namespace deckpress::print
