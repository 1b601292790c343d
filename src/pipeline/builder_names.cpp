// The stage of Builder that checks the names of the outputs before anything
// is made: two decks writing the same files, a bundle named like a deck's
// package, and package names that Anki desktop takes for a whole collection.
#include <algorithm>
#include <map>
#include <ostream>

#include <fmt/format.h>

#include "pipeline/builder.h"

namespace deckpress::pipeline {

namespace fs = std::filesystem;

namespace {

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// Anki desktop imports a file named collection.apkg or backup-*.apkg (any
// case) as a whole collection, replacing the user's after one warning.
bool replaces_collection(const std::string& package_name) {
  std::string name = lower(package_name);
  return name == "collection.apkg" || name.starts_with("backup-");
}

fs::path package_of(const fs::path& out_dir, const fs::path& deck_file) {
  return (out_dir / deck_file.stem()).concat(".apkg").lexically_normal();
}

}  // namespace

bool Builder::check_bundle_name(const std::vector<fs::path>& files) {
  if (options_.bundle.empty()) return true;
  const std::string& bundle = options_.bundle;
  std::string name = fs::path(bundle).filename().string();
  std::string problem;
  if (!lower(name).ends_with(".apkg"))
    problem = "a bundle is an Anki package: give it a name ending in .apkg";
  else if (replaces_collection(name))
    problem = fmt::format("Anki desktop imports a file named {} as a whole collection, replacing the user's; "
                          "choose another name, such as decks-{}", name, name);
  for (const auto& file : files)
    if (problem.empty() && package_of(options_.out_dir, file) == (options_.out_dir / bundle).lexically_normal())
      problem = fmt::format("it is also the package of {}; choose another name", file.generic_string());
  if (problem.empty()) return true;
  err_ << "deckpress: --bundle " << bundle << ": " << problem << "\n";
  return false;
}

// Every deck's outputs are DIR/<deck file name>.*: two deck files of the same
// name would overwrite each other's.
void Builder::check_output_names() {
  std::map<fs::path, DeckJob*> first_use;
  for (auto& job : jobs_) {
    SourcePos whole_file{job.file.generic_string(), 0, 0};
    std::string package = job.file.stem().string() + ".apkg";
    if (options_.apkg && replaces_collection(package))
      job.diagnostics.error(whole_file, fmt::format("Anki desktop imports a file named {} as a whole collection, "
                                                    "replacing the user's; rename the deck file, for example to deck-{}",
                                                    package, job.file.filename().string()));
    auto [first, added] = first_use.try_emplace(package_of(options_.out_dir, job.file), &job);
    if (added) continue;
    std::string outputs = job.file.stem().string() + ".*";
    for (auto [deck, other] : {std::pair{&job, first->second}, {first->second, &job}})
      deck->diagnostics.error({deck->file.generic_string(), 0, 0},
                              fmt::format("this deck and {} would both write their outputs as {}; rename one of the deck files",
                                          other->file.generic_string(), outputs));
  }
}

}  // namespace deckpress::pipeline
