#pragma once
// Every subcommand of deckpress, one function each: add_X registers the
// command and its options on `app` and returns what runs it once parsed.
#include <functional>
#include <vector>

#include <CLI/CLI.hpp>

namespace deckpress::cli {

struct Command {
  CLI::App* parser = nullptr;
  std::function<int()> run;  // gives the exit code (cli/exit_code.h)
};

Command add_build(CLI::App& app);      // build_command.cpp
Command add_watch(CLI::App& app);      // watch.cpp
Command add_preview(CLI::App& app);    // build_command.cpp
Command add_check(CLI::App& app);      // build_command.cpp
Command add_inspect(CLI::App& app);    // inspect_command.cpp
Command add_init(CLI::App& app);       // init.cpp
Command add_diff(CLI::App& app);       // diff_command.cpp
Command add_calibrate(CLI::App& app);  // calibrate_command.cpp
Command add_print(CLI::App& app);      // print_command.cpp
Command add_generate(CLI::App& app);   // generate_command.cpp (hidden)

// All of them, in the order `deckpress --help` lists them.
std::vector<Command> add_commands(CLI::App& app);

}  // namespace deckpress::cli
