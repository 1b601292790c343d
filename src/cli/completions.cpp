// Completion scripts for bash, zsh and fish, from the command line's outline:
// a new command or option completes as soon as --help lists it.
#include <string_view>

#include "cli/reference_docs.h"

namespace deckpress::cli {

namespace {

std::string joined(const std::vector<std::string>& words, std::string_view separator = " ") {
  std::string out;
  for (const auto& word : words) out += (out.empty() ? "" : std::string(separator)) + word;
  return out;
}

// Inside '...' for bash, zsh and fish alike.
std::string single_quoted(std::string_view text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// "-o --output" as typed, for the options of one command.
std::vector<std::string> flags_of(const OptionOutline& option) {
  std::vector<std::string> flags;
  for (const auto& name : option.short_names) flags.push_back("-" + name);
  for (const auto& name : option.long_names) flags.push_back("--" + name);
  return flags;
}

void replace_once(std::string& text, std::string_view placeholder, const std::string& value) {
  text.replace(text.find(placeholder), placeholder.size(), value);
}

std::vector<std::string> all_flags(const CommandOutline& command) {
  std::vector<std::string> flags;
  for (const OptionOutline& option : command.options)
    for (auto& flag : flags_of(option)) flags.push_back(flag);
  return flags;
}

std::vector<std::string> subcommand_names(const std::vector<CommandOutline>& commands) {
  std::vector<std::string> names;
  for (size_t i = 1; i < commands.size(); ++i) names.push_back(commands[i].name);
  return names;
}

std::string bash_case(const CommandOutline& command) {
  std::string values;
  for (const OptionOutline& option : command.options) {
    auto flags = flags_of(option);
    if (flags.empty() || !option.takes_value) continue;
    values += "        " + joined(flags, "|") + ") ";
    values += option.choices.empty() ? "COMPREPLY=($(compgen -f -- \"$cur\"))"
                                     : "COMPREPLY=($(compgen -W " + single_quoted(joined(option.choices)) +
                                           " -- \"$cur\"))";
    values += "; return ;;\n";
  }
  std::string out = "    " + single_quoted(command.name) + ")\n";
  out += "      options=" + single_quoted(joined(all_flags(command))) + "\n";
  if (!values.empty()) out += "      case $prev in\n" + values + "      esac\n";
  return out + "      ;;\n";
}

// Inside [...] of an _arguments spec.
std::string zsh_escaped(std::string_view description) {
  std::string out;
  for (char c : description) {
    if (c == '[' || c == ']' || c == ':') out += '\\';
    out += c;
  }
  return out;
}

// zsh's _arguments spec of one option or positional argument.
std::string zsh_spec(const OptionOutline& option) {
  std::string action = option.choices.empty() ? "_files" : "(" + joined(option.choices) + ")";
  if (!option.positional_name.empty())
    return single_quoted((option.repeats ? "*:" : ":") + option.positional_name + ":" + action);
  std::string rest = "[" + zsh_escaped(option.description) + "]";
  if (option.takes_value) rest += ":value:" + action;
  auto flags = flags_of(option);
  if (flags.size() == 1) return single_quoted(flags[0] + rest);
  // '(-o --output)'{-o,--output}'[...]': either name, not both.
  return single_quoted("(" + joined(flags) + ")") + "{" + joined(flags, ",") + "}" + single_quoted(rest);
}

std::string zsh_arguments(const CommandOutline& command, std::string_view indent) {
  std::string out = "_arguments -s";
  for (const OptionOutline& option : command.options) out += " \\\n" + std::string(indent) + "  " + zsh_spec(option);
  return out;
}

std::string fish_line(const std::string& condition, const OptionOutline& option) {
  std::string out = "complete -c deckpress -n " + single_quoted(condition);
  for (const auto& name : option.short_names) out += " -s " + name;
  for (const auto& name : option.long_names) out += " -l " + name;
  if (option.takes_value) out += option.choices.empty() ? " -r" : " -x -a " + single_quoted(joined(option.choices));
  return out + " -d " + single_quoted(option.description) + "\n";
}

}  // namespace

std::string bash_completion(const std::vector<CommandOutline>& commands) {
  std::string cases;
  for (size_t i = 1; i < commands.size(); ++i) cases += bash_case(commands[i]);
  std::string out = R"(# bash completion for deckpress, written by `deckpress generate bash`.
_deckpress() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} command= options= i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case ${COMP_WORDS[i]} in -*) ;; *) command=${COMP_WORDS[i]}; break ;; esac
  done
  case $command in
    '')
      if [[ $cur != -* ]]; then
        COMPREPLY=($(compgen -W @COMMANDS@ -- "$cur"))
        return
      fi
      options=@OPTIONS@
      ;;
@CASES@  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
  else
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}
complete -o filenames -F _deckpress deckpress
)";
  replace_once(out, "@COMMANDS@", single_quoted(joined(subcommand_names(commands))));
  replace_once(out, "@OPTIONS@", single_quoted(joined(all_flags(commands.front()))));
  replace_once(out, "@CASES@", cases);
  return out;
}

std::string zsh_completion(const std::vector<CommandOutline>& commands) {
  std::string descriptions, cases;
  for (size_t i = 1; i < commands.size(); ++i) {
    descriptions += "    " + single_quoted(commands[i].name + ":" + commands[i].description) + "\n";
    cases += "    " + single_quoted(commands[i].name) + ")\n      " + zsh_arguments(commands[i], "      ") + " ;;\n";
  }
  std::string out = R"(#compdef deckpress
# zsh completion for deckpress, written by `deckpress generate zsh`.
_deckpress() {
  local -a commands
  commands=(
@DESCRIPTIONS@  )
  if (( CURRENT == 2 )) && [[ $words[CURRENT] != -* ]]; then
    _describe -t commands 'deckpress command' commands
    return
  fi
  if (( CURRENT == 2 )); then
    @OPTIONS@
    return
  fi
  local command=$words[2]
  shift words
  (( CURRENT-- ))
  case $command in
@CASES@  esac
}
if [[ $funcstack[1] == _deckpress ]]; then _deckpress "$@"; else compdef _deckpress deckpress; fi
)";
  replace_once(out, "@DESCRIPTIONS@", descriptions);
  replace_once(out, "@OPTIONS@", zsh_arguments(commands.front(), "    "));
  replace_once(out, "@CASES@", cases);
  return out;
}

std::string fish_completion(const std::vector<CommandOutline>& commands) {
  std::string out = "# fish completion for deckpress, written by `deckpress generate fish`.\n";
  for (const OptionOutline& option : commands.front().options) out += fish_line("__fish_use_subcommand", option);
  for (size_t i = 1; i < commands.size(); ++i)
    out += "complete -c deckpress -n __fish_use_subcommand -f -a " + single_quoted(commands[i].name) + " -d " +
           single_quoted(commands[i].description) + "\n";
  for (size_t i = 1; i < commands.size(); ++i)
    for (const OptionOutline& option : commands[i].options)
      if (option.positional_name.empty())
        out += fish_line("__fish_seen_subcommand_from " + commands[i].name, option);
  return out;
}

}  // namespace deckpress::cli
