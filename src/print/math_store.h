#pragma once
// Typeset formulas kept in the output folder (.deckpress/math), so that a
// warm build never starts node: one file holds every record, keyed by a
// content hash, read once per build:
//   digest of the helper's version, the display flag and the TeX: a formula
//   digest of the helper's version and a glyph's name: a glyph
// Formulas share MathJax's glyphs, so each glyph is kept and read once.
#include <filesystem>
#include <list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "print/math_drawing.h"
#include "print/styled_text.h"
#include "support/mapped_file.h"

namespace deckpress::print {

class MathStore {
 public:
  // `version` digests the helper and its packages: a new one starts afresh.
  MathStore(std::filesystem::path dir, std::string version) : dir_(std::move(dir)), version_(std::move(version)) {}

  // Nothing when the formula is not kept, or its record is damaged.
  std::optional<TypesetFormula> load(const Formula& formula);
  // Keeps a new drawing and gives back what load will give from now on.
  TypesetFormula store(const Formula& formula, TypesetMath math);
  // Writes the file when store added to it. A cache that cannot be written
  // only costs time.
  void save();

 private:
  std::filesystem::path file() const { return dir_ / "formulas"; }
  void read();
  void keep(const std::string& key, std::string bytes);
  std::string formula_key(const Formula& formula) const;
  std::string glyph_key(const std::string& name) const;
  std::shared_ptr<const PdfPath> glyph(const std::string& name);

  std::filesystem::path dir_;
  std::string version_;
  bool read_ = false;
  bool changed_ = false;
  // By key. A warm build reads a few of the file's records out of the
  // thousands it may hold: keys and records are views into the mapped file,
  // never copied (the warm sheet's target is 10 % over the same cards
  // without math); new keys and records are kept in added_.
  std::unique_ptr<MappedFile> mapped_;
  std::list<std::string> added_;
  std::unordered_map<std::string_view, std::string_view> records_;
  std::unordered_map<std::string, std::shared_ptr<const PdfPath>> glyphs_;  // read so far
};

}  // namespace deckpress::print
