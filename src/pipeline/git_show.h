#pragma once
// A file as it was at a git revision, for --changed-since.
#include <filesystem>
#include <string>

namespace deckpress::pipeline {

// `git show REVISION:./NAME`, run in `dir`: the file `name` of that folder at
// `revision`. Throws std::runtime_error with git's own message when git is
// missing, `dir` is not in a repository or the file did not exist then.
std::string git_show(const std::filesystem::path& dir, const std::string& revision, const std::string& name);

}  // namespace deckpress::pipeline
