// deckpress(1) in roff, from the same outline and words as --help.
#include <string_view>

#include "cli/exit_code.h"
#include "cli/reference_docs.h"

namespace deckpress::cli {

namespace {

// Text as roff shows it literally: backslashes escaped, and no line that
// starts with a control character.
std::string roff_text(std::string_view text) {
  std::string out;
  bool line_start = true;
  for (char c : text) {
    if (line_start && (c == '.' || c == '\'')) out += "\\&";
    if (c == '\\') out += "\\e";
    else out += c;
    line_start = c == '\n';
  }
  return out;
}

// Option labels: roff's "-" is a hyphen, "\-" the minus a command line needs.
std::string roff_code(std::string_view text) {
  std::string out;
  for (char c : roff_text(text)) {
    if (c == '-') out += "\\-";
    else out += c;
  }
  return out;
}

// "deckpress: turn decks into ..." gives "turn decks into ...".
std::string summary_of(const CommandOutline& program) {
  std::string text = program.description;
  if (auto colon = text.find(": "); colon != std::string::npos) text = text.substr(colon + 2);
  if (!text.empty() && text.back() == '.') text.pop_back();
  return text;
}

void write_options(const CommandOutline& command, std::string& out) {
  for (const OptionOutline& option : command.options)
    out += ".TP\n.B \"" + roff_code(option.label) + "\"\n" + roff_text(option.description) + "\n";
}

void write_commands(const std::vector<CommandOutline>& commands, std::string& out) {
  out += ".SH COMMANDS\n";
  for (size_t i = 1; i < commands.size(); ++i) {
    out += ".SS " + roff_text(commands[i].name) + "\n";
    out += roff_text(commands[i].description) + "\n.PP\n";
    out += "Usage: \\fB" + roff_code(commands[i].usage) + "\\fR\n";
    write_options(commands[i], out);
  }
}

void write_exit_status(std::string& out) {
  out += ".SH \"EXIT STATUS\"\n";
  for (const auto& [code, meaning] : exit_code_meanings())
    out += ".TP\n.B " + std::to_string(code) + "\n" + roff_text(meaning) + "\n";
}

}  // namespace

std::string man_page(const std::vector<CommandOutline>& commands, const std::string& version) {
  const CommandOutline& program = commands.front();
  std::string out = ".\\\" deckpress(1), written by `deckpress generate man` from its --help.\n";
  out += ".TH DECKPRESS 1 \"\" \"deckpress " + roff_text(version) + "\" \"User Commands\"\n";
  out += ".nh\n.ad l\n";  // options and paths must not be hyphenated
  out += ".SH NAME\ndeckpress \\- " + roff_text(summary_of(program)) + "\n";
  out += ".SH SYNOPSIS\n.nf\n";
  for (size_t i = 1; i < commands.size(); ++i) out += "\\fB" + roff_code(commands[i].usage) + "\\fR\n";
  out += "\\fB" + roff_code(program.usage) + "\\fR\n.fi\n";
  out += ".SH DESCRIPTION\n" + roff_text(program.description) + "\n";
  out += "Every command also has \\fB\\-\\-help\\fR.\n";
  out += ".SH OPTIONS\n";
  write_options(program, out);
  write_commands(commands, out);
  write_exit_status(out);
  out += ".SH \"SEE ALSO\"\n";
  out += "The deck format, printing options and CI set-up are described in README.md and docs/ "
         "in deckpress's source, installed with it under share/doc/deckpress.\n";
  return out;
}

}  // namespace deckpress::cli
