// `watch`: rebuild decks whenever one of their inputs changes.
#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <iostream>
#include <memory>
#include <set>

#include "cli/command_options.h"
#include "cli/commands.h"
#include "cli/exit_code.h"
#include "pipeline/repository.h"

namespace deckpress::cli {

namespace fs = std::filesystem;

namespace {

constexpr uint32_t kChanges = IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM |
                              IN_MOVED_TO | IN_DELETE_SELF | IN_ATTRIB;

// Adds `root` and every folder below it, except the output folder and
// hidden ones (.git, the stamps' .deckpress).
void add_tree(const fs::path& root, const fs::path& output, std::set<fs::path>& folders) {
  std::error_code ec;
  if (!fs::is_directory(root, ec)) return;
  folders.insert(root);
  for (auto it = fs::recursive_directory_iterator(root, ec); it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_directory(ec)) continue;
    bool hidden = it->path().filename().string().starts_with(".");
    if (hidden || fs::weakly_canonical(it->path(), ec) == output) it.disable_recursion_pending();
    else folders.insert(it->path());
  }
}

// The folders whose contents can change a build: each deck's repository
// (deck files, templates/ and media anywhere inside it, however deep) and
// templates/ where deckpress runs.
std::set<fs::path> watched_folders(const pipeline::BuildOptions& options) {
  std::error_code ec;
  fs::path output = fs::weakly_canonical(options.out_dir, ec);
  std::set<fs::path> folders;
  add_tree("templates", output, folders);
  for (const auto& input : options.inputs) {
    fs::path deck_dir = fs::is_directory(input, ec) ? input : input.parent_path();
    if (deck_dir.empty()) deck_dir = ".";
    add_tree(pipeline::find_repository(deck_dir), output, folders);
  }
  return folders;
}

// Waits until something changes, then for a quiet moment, so a save that
// writes several files triggers one build.
bool wait_for_change(int fd) {
  pollfd wait{fd, POLLIN, 0};
  if (::poll(&wait, 1, -1) <= 0) return false;
  alignas(inotify_event) char buffer[16384];
  do {
    if (::read(fd, buffer, sizeof buffer) < 0) return false;
  } while (::poll(&wait, 1, 200) > 0);
  return true;
}

// Builds once, then again after every change in the decks' repositories
// (deck files, templates/, media) until interrupted. Unchanged decks are skipped
// by the normal incremental build.
int run_watch(const pipeline::BuildOptions& options, std::ostream& out, std::ostream& err) {
  int fd = ::inotify_init1(IN_CLOEXEC);
  if (fd < 0) {
    err << "deckpress: cannot watch files (inotify unavailable)\n";
    return io_error;
  }
  while (true) {
    pipeline::run_build(options, out, err);
    for (const auto& folder : watched_folders(options))
      ::inotify_add_watch(fd, folder.c_str(), kChanges);
    out << "deckpress: watching for changes (Ctrl-C to stop)" << std::endl;
    if (!wait_for_change(fd)) break;
  }
  ::close(fd);
  return io_error;
}

struct WatchSettings {
  pipeline::BuildOptions options;
  std::string only;
};

}  // namespace

Command add_watch(CLI::App& app) {
  auto settings = std::make_shared<WatchSettings>();
  auto* watch = app.add_subcommand("watch", "Rebuild decks whenever their files change");
  add_deck_inputs(*watch, settings->options);
  add_output_folder(*watch, settings->options);
  add_only_option(*watch, settings->only);
  add_print_options(*watch, settings->options.sheet);
  add_selection_options(*watch, settings->options.selection);
  return {watch, [settings] {
            apply_only(settings->only, settings->options);
            return run_watch(settings->options, std::cout, std::cerr);
          }};
}

}  // namespace deckpress::cli
