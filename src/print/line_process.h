#pragma once
// A child process spoken to a line at a time: requests on its standard
// input, one answer line each on its standard output.
#include <string>
#include <sys/types.h>
#include <vector>

namespace deckpress::print {

class LineProcess {
 public:
  // Starts `argv[0]` (a path) with these arguments; throws
  // std::runtime_error naming it when it cannot start.
  explicit LineProcess(const std::vector<std::string>& argv);
  // Closes its input and waits for it to end.
  ~LineProcess();
  LineProcess(const LineProcess&) = delete;
  LineProcess& operator=(const LineProcess&) = delete;

  // Sends each request (one line, no newline in it) and reads as many
  // answers, in order. Throws std::runtime_error with what the process
  // wrote on its error output when it ends or answers wrongly.
  std::vector<std::string> exchange(const std::vector<std::string>& requests);

 private:
  std::string error_output();

  std::string program_;
  pid_t pid_ = -1;
  int input_ = -1;   // its standard input (a socket: a write to a dead child fails, not signals)
  int output_ = -1;  // its standard output
  int errors_ = -1;  // its standard error
  std::string buffered_;  // read past the last answer
};

}  // namespace deckpress::print
