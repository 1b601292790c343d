#pragma once
// Formulas typeset by MathJax 3, as Anki does: one long-lived node process
// per build runs the helper in data/mathjax (installed by ./build.sh with
// npm ci), started only when a formula is missing from the cache. Each
// drawing is kept in the cache folder by a digest of the TeX, the display
// flag and the helper's version, so a warm build never starts node and
// gives the same PDF as a cold one.
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "print/line_process.h"
#include "print/math_store.h"
#include "print/math_typesetter.h"

namespace deckpress::print {

struct MathJaxSetup {
  std::filesystem::path node;    // empty: not installed
  std::filesystem::path helper;  // the folder of typeset.js and its node_modules
};

// Node from the PATH (Debian's nodejs), the helper from deckpress's data
// folder (support/data_dir.h): data/mathjax there.
MathJaxSetup find_mathjax();

class MathJax final : public MathTypesetter {
 public:
  explicit MathJax(std::filesystem::path cache_dir, MathJaxSetup setup = find_mathjax());
  MathOutcome typeset(const std::set<Formula>& formulas) override;

 private:
  MathStore* store();
  std::optional<std::string> start();

  std::filesystem::path cache_dir_;
  MathJaxSetup setup_;
  std::mutex mutex_;
  std::optional<MathStore> store_;  // once the helper's version is known
  std::unique_ptr<LineProcess> process_;
  std::optional<std::string> failure_;   // why MathJax cannot run, once known
};

}  // namespace deckpress::print
