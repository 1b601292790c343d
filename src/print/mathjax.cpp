#include "print/mathjax.h"

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>
#include <openssl/evp.h>

namespace deckpress::print {
namespace {

namespace fs = std::filesystem;

std::optional<std::string> read_text(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

std::string sha256_hex(const std::string& text) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned length = 0;
  EVP_Digest(text.data(), text.size(), digest, &length, EVP_sha256(), nullptr);
  static const char* const hex = "0123456789abcdef";
  std::string out;
  for (unsigned i = 0; i < length; ++i) {
    out += hex[digest[i] >> 4];
    out += hex[digest[i] & 15];
  }
  return out;
}

fs::path on_path(const std::string& name) {
  const char* path = std::getenv("PATH");
  std::istringstream dirs(path ? path : "");
  for (std::string dir; std::getline(dirs, dir, ':');) {
    if (dir.empty()) continue;
    fs::path candidate = fs::path(dir) / name;
    if (access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  return {};
}

// The data folder: <prefix>/share/deckpress beside an installed binary,
// else the source tree (support/data_dir.h's rule).
fs::path data_dir() {
  std::error_code error;
  fs::path executable = fs::read_symlink("/proc/self/exe", error);
  fs::path installed = executable.parent_path().parent_path() / "share" / "deckpress";
  if (!error && fs::is_directory(installed, error)) return installed;
  return DECKPRESS_SOURCE_DIR;
}

// Written beside its final name, then renamed: a reader never sees half.
void write_cache(const fs::path& file, const std::string& line) {
  fs::path temporary = file;
  temporary += ".tmp" + std::to_string(getpid());
  {
    std::ofstream out(temporary, std::ios::binary);
    out << line << '\n';
    if (!out) return;  // a cache that cannot be written only costs time
  }
  std::error_code error;
  fs::rename(temporary, file, error);
  if (error) fs::remove(temporary, error);
}

void record(TypesetFormulas& formulas, const Formula& formula, const std::string& line) {
  auto drawing = parse_math_drawing(line);
  if (auto* typeset = std::get_if<MathDrawing>(&drawing)) {
    formulas[formula] = TypesetFormula{std::make_shared<const MathDrawing>(std::move(*typeset)), ""};
  } else {
    formulas[formula] = TypesetFormula{nullptr, std::get<std::string>(drawing)};
  }
}

}  // namespace

MathJaxSetup find_mathjax() {
  fs::path node = on_path("node");
  if (node.empty()) node = on_path("nodejs");
  return MathJaxSetup{node, data_dir() / "data" / "mathjax"};
}

MathJax::MathJax(fs::path cache_dir, MathJaxSetup setup) : cache_dir_(std::move(cache_dir)), setup_(std::move(setup)) {}

std::optional<std::string> MathJax::helper_version() {
  if (!version_) {
    auto script = read_text(setup_.helper / "typeset.js");
    auto lock = read_text(setup_.helper / "package-lock.json");
    if (!script || !lock) return std::nullopt;
    version_ = sha256_hex(*script + '\0' + *lock);
  }
  return version_;
}

bool MathJax::from_cache(TypesetFormulas& formulas, const Formula& formula, const std::string& version) const {
  auto cached = read_text(cache_file(formula, version));
  if (!cached || !cached->ends_with('\n')) return false;
  try {
    record(formulas, formula, cached->substr(0, cached->size() - 1));
    return true;
  } catch (const std::runtime_error&) {
    return false;  // damaged: typeset again
  }
}

fs::path MathJax::cache_file(const Formula& formula, const std::string& version) const {
  return cache_dir_ / (sha256_hex(version + '\n' + (formula.display ? "display" : "inline") + '\n' + formula.tex) + ".json");
}

std::optional<std::string> MathJax::start() {
  if (process_) return std::nullopt;
  if (failure_) return failure_;
  std::error_code error;
  if (setup_.node.empty()) {
    failure_ = "node is not installed (Debian package nodejs; ./build.sh installs it)";
  } else if (!fs::exists(setup_.helper / "node_modules" / "mathjax-full", error)) {
    failure_ = "MathJax is not installed in " + setup_.helper.string() + " (./build.sh installs it with npm ci)";
  } else {
    try {
      process_ = std::make_unique<LineProcess>(std::vector<std::string>{setup_.node.string(), (setup_.helper / "typeset.js").string()});
    } catch (const std::exception& failed) {
      failure_ = std::string("node cannot run: ") + failed.what();
    }
  }
  return failure_;
}

MathOutcome MathJax::typeset(const std::set<Formula>& formulas) {
  std::lock_guard lock(mutex_);
  MathOutcome outcome;
  auto version = helper_version();
  if (!version) {
    outcome.unavailable = "MathJax's helper is missing from " + setup_.helper.string();
    return outcome;
  }
  std::vector<const Formula*> missing;
  for (const Formula& formula : formulas) {
    if (!from_cache(outcome.formulas, formula, *version)) missing.push_back(&formula);
  }
  if (missing.empty()) return outcome;
  if ((outcome.unavailable = start())) return outcome;
  std::vector<std::string> requests;
  for (const Formula* formula : missing) {
    requests.push_back(nlohmann::json{{"tex", formula->tex}, {"display", formula->display}}.dump());
  }
  std::error_code error;
  fs::create_directories(cache_dir_, error);
  try {
    std::vector<std::string> answers = process_->exchange(requests);
    for (size_t i = 0; i < missing.size(); ++i) {
      record(outcome.formulas, *missing[i], answers[i]);
      write_cache(cache_file(*missing[i], *version), answers[i]);
    }
  } catch (const std::exception& failed) {
    process_.reset();
    failure_ = std::string("MathJax stopped: ") + failed.what();
    outcome.unavailable = failure_;
  }
  return outcome;
}

}  // namespace deckpress::print
