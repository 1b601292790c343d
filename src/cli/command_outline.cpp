#include "cli/command_outline.h"

namespace deckpress::cli {

namespace {

// "TEXT:{apkg,pdf}", as CLI::IsMember names its type, gives apkg and pdf.
std::vector<std::string> choices_of(const std::string& type_name) {
  std::vector<std::string> choices;
  auto open = type_name.find(":{");
  auto close = type_name.rfind('}');
  if (open == std::string::npos || close == std::string::npos || close < open) return choices;
  std::string list = type_name.substr(open + 2, close - open - 2);
  for (size_t start = 0; start <= list.size();) {
    size_t comma = list.find(',', start);
    if (comma == std::string::npos) comma = list.size();
    choices.push_back(list.substr(start, comma - start));
    start = comma + 1;
  }
  return choices;
}

// The formatter --help uses, so labels read as --help prints them.
const CLI::Formatter& formatter_of(const CLI::App& command) {
  static const CLI::Formatter fallback;
  auto* formatter = dynamic_cast<const CLI::Formatter*>(command.get_formatter().get());
  return formatter ? *formatter : fallback;
}

OptionOutline outline_option(const CLI::App& command, const CLI::Option& option) {
  const CLI::Formatter& formatter = formatter_of(command);
  bool positional = !option.nonpositional();
  OptionOutline outline;
  outline.short_names = option.get_snames();
  outline.long_names = option.get_lnames();
  if (positional) outline.positional_name = option.get_name(true, false);
  outline.label = formatter.make_option_name(&option, positional) + formatter.make_option_opts(&option);
  outline.description = option.get_description();
  outline.takes_value = option.get_expected_max() != 0;
  outline.repeats = option.get_items_expected_max() >= CLI::detail::expected_max_vector_size;
  outline.choices = choices_of(option.get_type_name());
  return outline;
}

CommandOutline outline_command(const CLI::App& command, const std::string& name) {
  CommandOutline outline;
  outline.name = command.get_parent() ? command.get_name() : "";
  outline.usage = formatter_of(command).make_usage(&command, name);
  outline.usage = outline.usage.substr(outline.usage.find(": ") + 2);
  while (!outline.usage.empty() && outline.usage.back() == '\n') outline.usage.pop_back();
  outline.description = command.get_description();
  auto visible = [](const CLI::Option* option) { return !option->get_group().empty(); };
  for (const CLI::Option* option : command.get_options(visible))
    if (option->nonpositional()) outline.options.push_back(outline_option(command, *option));
  for (const CLI::Option* option : command.get_options(visible))
    if (!option->nonpositional()) outline.options.push_back(outline_option(command, *option));
  return outline;
}

}  // namespace

std::vector<CommandOutline> outline_commands(const CLI::App& app, const std::string& program) {
  std::vector<CommandOutline> commands{outline_command(app, program)};
  auto listed = [](const CLI::App* sub) { return !sub->get_group().empty(); };
  for (const CLI::App* sub : app.get_subcommands(listed))
    commands.push_back(outline_command(*sub, program + " " + sub->get_name()));
  return commands;
}

}  // namespace deckpress::cli
