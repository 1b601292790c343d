#include "print/mathjax.h"

#include <unistd.h>

#include <cstdlib>
#include <sstream>

#include <nlohmann/json.hpp>

#include "deck/file_bytes.h"
#include "print/digest.h"
#include "support/data_dir.h"

namespace deckpress::print {
namespace {

namespace fs = std::filesystem;

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

}  // namespace

MathJaxSetup find_mathjax() {
  fs::path node = on_path("node");
  if (node.empty()) node = on_path("nodejs");
  return MathJaxSetup{node, data_dir() / "data" / "mathjax"};
}

MathJax::MathJax(fs::path cache_dir, MathJaxSetup setup) : cache_dir_(std::move(cache_dir)), setup_(std::move(setup)) {}

// The helper's script and lock file: a change to either starts a new cache.
MathStore* MathJax::store() {
  if (!store_) {
    auto script = read_file_bytes(setup_.helper / "typeset.js");
    auto lock = read_file_bytes(setup_.helper / "package-lock.json");
    if (!script || !lock) return nullptr;
    store_.emplace(cache_dir_, sha256_hex(*script + '\0' + *lock));
  }
  return &*store_;
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
      process_ = std::make_unique<LineProcess>(
          std::vector<std::string>{setup_.node.string(), (setup_.helper / "typeset.js").string()});
    } catch (const std::exception& failed) {
      failure_ = std::string("node cannot run: ") + failed.what();
    }
  }
  return failure_;
}

MathOutcome MathJax::typeset(const std::set<Formula>& formulas) {
  std::lock_guard lock(mutex_);
  MathOutcome outcome;
  MathStore* cache = store();
  if (!cache) {
    outcome.unavailable = "MathJax's helper is missing from " + setup_.helper.string();
    return outcome;
  }
  std::vector<const Formula*> missing;
  for (const Formula& formula : formulas) {
    if (auto kept = cache->load(formula)) {
      outcome.formulas[formula] = std::move(*kept);
    } else {
      missing.push_back(&formula);
    }
  }
  if (missing.empty() || (outcome.unavailable = start())) return outcome;
  std::vector<std::string> requests;
  for (const Formula* formula : missing) {
    requests.push_back(nlohmann::json{{"tex", formula->tex}, {"display", formula->display}}.dump());
  }
  try {
    std::vector<std::string> answers = process_->exchange(requests);
    for (size_t i = 0; i < missing.size(); ++i) {
      outcome.formulas[*missing[i]] = cache->store(*missing[i], parse_math_drawing(answers[i]));
    }
    cache->save();
  } catch (const std::exception& failed) {
    process_.reset();
    failure_ = std::string("MathJax stopped: ") + failed.what();
    outcome.unavailable = failure_;
  }
  return outcome;
}

}  // namespace deckpress::print
