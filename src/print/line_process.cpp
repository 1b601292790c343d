#include "print/line_process.h"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace deckpress::print {
namespace {

void close_fd(int& fd) {
  if (fd >= 0) close(fd);
  fd = -1;
}

std::runtime_error failure(const std::string& program, const std::string& what) {
  return std::runtime_error(program + ": " + what);
}

// Writes everything; false when the reader has gone.
bool write_all(int fd, const std::string& data) {
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = send(fd, data.data() + done, data.size() - done, MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

}  // namespace

LineProcess::LineProcess(const std::vector<std::string>& argv) : program_(argv.at(0)) {
  int input[2], output[2], errors[2];
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, input) != 0) throw failure(program_, std::strerror(errno));
  if (pipe2(output, O_CLOEXEC) != 0 || pipe2(errors, O_CLOEXEC) != 0) {
    throw failure(program_, std::strerror(errno));
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, input[1], 0);
  posix_spawn_file_actions_adddup2(&actions, output[1], 1);
  posix_spawn_file_actions_adddup2(&actions, errors[1], 2);
  std::vector<char*> args;
  for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  int spawned = posix_spawn(&pid_, program_.c_str(), &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(input[1]);
  close(output[1]);
  close(errors[1]);
  input_ = input[0];
  output_ = output[0];
  errors_ = errors[0];
  if (spawned != 0) {
    pid_ = -1;
    close_fd(input_);
    close_fd(output_);
    close_fd(errors_);
    throw failure(program_, std::strerror(spawned));
  }
}

LineProcess::~LineProcess() {
  close_fd(input_);
  close_fd(output_);
  close_fd(errors_);
  if (pid_ > 0) {
    int status = 0;
    while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
  }
}

std::string LineProcess::error_output() {
  std::string text;
  char chunk[4096];
  pollfd ready{errors_, POLLIN, 0};
  // What it said before it stopped; a child still running may say nothing.
  while (poll(&ready, 1, 1000) > 0) {
    ssize_t n = read(errors_, chunk, sizeof chunk);
    if (n <= 0 || text.size() > 8192) break;
    text.append(chunk, static_cast<size_t>(n));
  }
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text.empty() ? "it stopped without saying why" : text;
}

std::vector<std::string> LineProcess::exchange(const std::vector<std::string>& requests) {
  std::string all;
  for (const std::string& request : requests) all += request + '\n';
  // Written while the answers are read: neither side may fill its pipe and wait.
  bool written = true;
  std::thread writer([&] { written = write_all(input_, all); });
  std::vector<std::string> answers;
  char chunk[65536];
  while (answers.size() < requests.size()) {
    size_t newline = buffered_.find('\n');
    if (newline != std::string::npos) {
      answers.push_back(buffered_.substr(0, newline));
      buffered_.erase(0, newline + 1);
      continue;
    }
    ssize_t n = read(output_, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    buffered_.append(chunk, static_cast<size_t>(n));
  }
  writer.join();
  if (answers.size() < requests.size() || !written) throw failure(program_, error_output());
  return answers;
}

}  // namespace deckpress::print
