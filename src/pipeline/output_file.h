#pragma once
// Outputs are written to an unnamed file in the target's folder and only
// then given their name, so a failed or killed build (even kill -9) never
// leaves a partial file or replaces a good one. On file systems without
// unnamed files a temporary name beside the target is used instead (removed
// unless committed; only kill -9 can leave it behind).
#include <filesystem>
#include <functional>
#include <string_view>

namespace deckpress::pipeline {

// A file being written under no name. commit() gives it the target's name
// (replacing what was there); without a commit it vanishes when destroyed.
// So a build writes every output of a deck first, and names them only once
// nothing failed. Errors throw std::runtime_error naming the target.
class PendingFile {
 public:
  explicit PendingFile(std::filesystem::path target);  // an empty file, open for reading and writing
  PendingFile(PendingFile&& other) noexcept;
  PendingFile& operator=(PendingFile&&) = delete;
  PendingFile(const PendingFile&) = delete;
  ~PendingFile();

  // Runs `write` on the file descriptor; its exception is rethrown naming the target.
  void write(const std::function<void(int fd)>& write);
  void write(std::string_view bytes);
  void commit();
  const std::filesystem::path& target() const { return target_; }

 private:
  void name_temporarily();  // gives the data the name in temporary_, for rename

  std::filesystem::path target_;
  std::filesystem::path temporary_;  // the data's name until commit, if it has one
  int fd_ = -1;
};

// Replaces `target` atomically with what `write` writes into the file
// descriptor it is given: a PendingFile written and committed at once.
void replace_file(const std::filesystem::path& target, const std::function<void(int fd)>& write);

// replace_file with `bytes`.
void replace_file_contents(const std::filesystem::path& target, std::string_view bytes);

}  // namespace deckpress::pipeline
