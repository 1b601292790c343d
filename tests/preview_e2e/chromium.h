#pragma once
// Headless Chromium, run the way the issue prescribes: a fresh profile in a
// temporary folder and none of the browser's background network traffic.
#include <stdlib.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <string>

#include "support/temp_dir.h"

namespace e2e {


inline bool chromium_installed() { return std::system("command -v chromium >/dev/null 2>&1") == 0; }

inline std::string shell_quoted(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

// Runs chromium with `arguments` (already quoted) and a fresh profile inside
// `work`; returns what it printed on stdout (the DOM with --dump-dom).
inline std::string headless_chromium(const std::filesystem::path& work,
                                     const std::string& arguments) {
  static int runs = 0;
  std::filesystem::path profile = work / ("profile-" + std::to_string(++runs));
  std::string command =
      "timeout 180 chromium --headless --no-sandbox --disable-gpu --no-first-run "
      "--disable-background-networking --disable-component-update --disable-sync --user-data-dir=" +
      shell_quoted(profile.string()) + " " + arguments + " 2>/dev/null";
  std::string output;
  FILE* pipe = popen(command.c_str(), "r");
  std::array<char, 65536> buffer;
  while (size_t n = fread(buffer.data(), 1, buffer.size(), pipe)) output.append(buffer.data(), n);
  pclose(pipe);
  return output;
}

}  // namespace e2e
