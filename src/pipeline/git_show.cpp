#include "pipeline/git_show.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <thread>
#include <vector>

#include "support/file_descriptor.h"

extern char** environ;

namespace deckpress::pipeline {
namespace {

// Everything `fd` gives until its end.
std::string drain(int fd) {
  std::string out;
  std::array<char, 65536> buffer;
  for (;;) {
    ssize_t got = read(fd, buffer.data(), buffer.size());
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) return out;
    out.append(buffer.data(), static_cast<size_t>(got));
  }
}

std::string first_line(const std::string& text) {
  std::string line = text.substr(0, text.find('\n'));
  return line.empty() ? "no message" : line;
}

}  // namespace

std::string git_show(const std::filesystem::path& dir, const std::string& revision, const std::string& name) {
  std::string where = dir.empty() ? "." : dir.string();
  std::string object = revision + ":./" + name;
  std::vector<std::string> args{"git", "-C", where, "show", object};
  std::vector<char*> argv;
  for (std::string& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  // Close-on-exec, so that git holds only the ends it writes to.
  int out[2], err[2];
  if (pipe2(out, O_CLOEXEC) != 0) throw std::runtime_error(std::string("cannot run git: ") + std::strerror(errno));
  FileDescriptor out_read(out[0]), out_write(out[1]);
  if (pipe2(err, O_CLOEXEC) != 0) throw std::runtime_error(std::string("cannot run git: ") + std::strerror(errno));
  FileDescriptor err_read(err[0]), err_write(err[1]);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err[1], STDERR_FILENO);
  pid_t pid = 0;
  int spawned = posix_spawnp(&pid, "git", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) {
    throw std::runtime_error("--changed-since needs git, which cannot be run: " + std::string(std::strerror(spawned)));
  }
  for (FileDescriptor* end : {&out_write, &err_write}) {
    ::close(end->fd);
    end->fd = -1;
  }
  // The file may be larger than a pipe holds: read it while git writes its messages.
  std::string messages;
  std::string content;
  {
    std::jthread errors([&] { messages = drain(err_read.fd); });
    content = drain(out_read.fd);
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    throw std::runtime_error("--changed-since " + revision + ": git cannot show " + where + "/" + name + " (" +
                             first_line(messages) + ")");
  }
  return content;
}

}  // namespace deckpress::pipeline
