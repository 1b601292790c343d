#include "print/options.h"

#include <array>
#include <charconv>
#include <cmath>

#include "print/stock.h"

namespace deckpress::print {
namespace {

std::optional<double> parse_number(std::string_view text) {
  double value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::optional<double> parse_length(std::string_view text) {
  if (text.ends_with("mm")) text.remove_suffix(2);
  auto value = parse_number(text);
  if (!value || *value < 0 || *value > 1000) return std::nullopt;
  return mm_to_pt(*value);
}

std::optional<bool> parse_bool(std::string_view text) {
  if (text == "true") return true;
  if (text == "false") return false;
  return std::nullopt;
}

std::vector<std::string> split_list(std::string_view text) {
  std::vector<std::string> items;
  while (!text.empty()) {
    size_t comma = text.find(',');
    std::string_view item = text.substr(0, comma);
    while (item.starts_with(' ')) item.remove_prefix(1);
    while (item.ends_with(' ')) item.remove_suffix(1);
    if (!item.empty()) items.emplace_back(item);
    if (comma == std::string_view::npos) break;
    text.remove_prefix(comma + 1);
  }
  return items;
}

template <typename T, size_t N>
std::optional<T> parse_choice(std::string_view text,
                              const std::array<std::pair<std::string_view, T>, N>& choices) {
  for (const auto& [name, value] : choices) {
    if (name == text) return value;
  }
  return std::nullopt;
}

constexpr std::array kSides{
    std::pair<std::string_view, Sides>{"duplex-long", Sides::duplex_long},
    std::pair<std::string_view, Sides>{"duplex-short", Sides::duplex_short},
    std::pair<std::string_view, Sides>{"fronts-then-backs", Sides::fronts_then_backs},
    std::pair<std::string_view, Sides>{"fronts-only", Sides::fronts_only},
    std::pair<std::string_view, Sides>{"backs-only", Sides::backs_only},
    std::pair<std::string_view, Sides>{"fold", Sides::fold},
    std::pair<std::string_view, Sides>{"list", Sides::list},
};

constexpr std::array kOrientations{
    std::pair<std::string_view, Orientation>{"portrait", Orientation::portrait},
    std::pair<std::string_view, Orientation>{"landscape", Orientation::landscape},
};

// true and false are the values `frames` had before backs became a choice.
constexpr std::array kFrames{
    std::pair<std::string_view, FrameSides>{"none", FrameSides::none},
    std::pair<std::string_view, FrameSides>{"fronts", FrameSides::fronts},
    std::pair<std::string_view, FrameSides>{"both", FrameSides::both},
    std::pair<std::string_view, FrameSides>{"false", FrameSides::none},
    std::pair<std::string_view, FrameSides>{"true", FrameSides::fronts},
};

constexpr std::array kTurns{
    std::pair<std::string_view, CardTurn>{"auto", CardTurn::automatic},
    std::pair<std::string_view, CardTurn>{"false", CardTurn::upright},
    std::pair<std::string_view, CardTurn>{"true", CardTurn::turned},
};

constexpr std::array kCloze{
    std::pair<std::string_view, ClozeCards>{"each", ClozeCards::each},
    std::pair<std::string_view, ClozeCards>{"note", ClozeCards::note},
};

bool set_font_size(std::string_view text, double& size) {
  auto value = parse_number(text);
  if (!value || *value < 2 || *value > 72) return false;
  size = *value;
  return true;
}

template <typename T>
bool assign(std::optional<T> value, T& target) {
  if (value) target = *value;
  return value.has_value();
}

bool set_back_offset(std::string_view text, GeometrySpec& spec) {
  auto parts = split_list(text);
  if (parts.size() != 2) return false;
  auto x = parse_number(parts[0]);
  auto y = parse_number(parts[1]);
  if (!x || !y || std::abs(*x) > 50 || std::abs(*y) > 50) return false;
  spec.back_offset_x = mm_to_pt(*x);
  spec.back_offset_y = mm_to_pt(*y);
  return true;
}

bool set_paper(std::string_view text, GeometrySpec& spec) {
  auto paper = paper_size(text);
  if (!paper) return false;
  spec.paper = paper->size;
  spec.paper_as_given = paper->custom;
  return true;
}

bool set_image_ppi(std::string_view text, SheetConfig& config) {
  if (text == "original") {
    config.image_ppi.reset();
    return true;
  }
  auto value = parse_number(text);
  if (!value || *value < 72 || *value > 2400) return false;
  config.image_ppi = *value;
  return true;
}

// One [print] key: what it accepts (for the message) and how it is stored.
struct SettingRule {
  std::string_view key;
  std::string_view expected;
  bool (*apply)(std::string_view value, SheetConfig& config);
};

const std::array kRules{
    SettingRule{"paper", "a4, letter, legal, a5, a3, tabloid or a size like \"210x297mm\" or \"8.5x11in\"",
                [](std::string_view v, SheetConfig& c) { return set_paper(v, c.geometry); }},
    SettingRule{"orientation", "portrait or landscape",
                [](std::string_view v, SheetConfig& c) {
                  c.geometry.orientation = parse_choice(v, kOrientations);
                  return c.geometry.orientation.has_value();
                }},
    SettingRule{"card",
                "a7, a6, a8, index-3x5, index-4x6, business, business-eu, poker or a size like \"90x60mm\" or "
                "\"3x5in\"",
                [](std::string_view v, SheetConfig& c) { return assign(card_stock(v), c.geometry.card); }},
    SettingRule{"turn-cards", "auto, true or false",
                [](std::string_view v, SheetConfig& c) { return assign(parse_choice(v, kTurns), c.geometry.turn); }},
    SettingRule{"margin", "a length in mm between 0 and 1000",
                [](std::string_view v, SheetConfig& c) { return assign(parse_length(v), c.geometry.margin); }},
    SettingRule{"gutter", "a length in mm between 0 and 1000",
                [](std::string_view v, SheetConfig& c) { return assign(parse_length(v), c.geometry.gutter); }},
    SettingRule{"sides", "duplex-long, duplex-short, fronts-then-backs, fronts-only, backs-only, fold or list",
                [](std::string_view v, SheetConfig& c) { return assign(parse_choice(v, kSides), c.geometry.sides); }},
    SettingRule{"back-offset", "\"X,Y\" in mm, each between -50 and 50",
                [](std::string_view v, SheetConfig& c) { return set_back_offset(v, c.geometry); }},
    SettingRule{"frames", "none, fronts or both",
                [](std::string_view v, SheetConfig& c) { return assign(parse_choice(v, kFrames), c.frames); }},
    SettingRule{"cut-marks", "true or false",
                [](std::string_view v, SheetConfig& c) { return assign(parse_bool(v), c.cut_marks); }},
    SettingRule{"max-font-size", "a size in points between 2 and 72",
                [](std::string_view v, SheetConfig& c) { return set_font_size(v, c.max_font_size); }},
    SettingRule{"min-font-size", "a size in points between 2 and 72",
                [](std::string_view v, SheetConfig& c) { return set_font_size(v, c.min_font_size); }},
    SettingRule{"image-ppi", "a resolution in pixels per inch between 72 and 2400, or original",
                [](std::string_view v, SheetConfig& c) { return set_image_ppi(v, c); }},
    SettingRule{"cloze", "each or note",
                [](std::string_view v, SheetConfig& c) { return assign(parse_choice(v, kCloze), c.cloze); }},
    SettingRule{"fonts", "a comma-separated list of TrueType font files",
                [](std::string_view v, SheetConfig& c) {
                  c.fonts = split_list(v);
                  return !c.fonts.empty();
                }},
};

const SettingRule* find_rule(std::string_view key) {
  for (const SettingRule& rule : kRules) {
    if (rule.key == key) return &rule;
  }
  return nullptr;
}

std::string known_keys() {
  std::string list;
  for (const SettingRule& rule : kRules) list += (list.empty() ? "" : ", ") + std::string(rule.key);
  return list;
}

// The deck's table with the command line laid over it.
PrintSettings merge(const PrintSettings& settings, const SheetOptions& options) {
  PrintSettings merged = settings;
  for (const auto& [key, value] : options) merged[key] = PrintSetting{value, SourcePos{kCommandLine}};
  return merged;
}

void apply_settings(const PrintSettings& merged, SheetConfig& config, Diagnostics& diagnostics) {
  for (const auto& [key, setting] : merged) {
    const SettingRule* rule = find_rule(key);
    if (!rule) {
      diagnostics.warning(setting.pos, "unknown print setting '" + key + "' (known: " + known_keys() + ")");
    } else if (!rule->apply(setting.value, config)) {
      diagnostics.error(setting.pos, "print setting '" + key + "' is \"" + setting.value +
                                         "\"; expected " + std::string(rule->expected));
    }
  }
}

SourcePos position_of(const PrintSettings& merged, std::string_view key) {
  auto found = merged.find(std::string(key));
  return found == merged.end() ? SourcePos{} : found->second.pos;
}

void check_font_sizes(const PrintSettings& merged, const SheetConfig& config, Diagnostics& diagnostics) {
  if (config.min_font_size > config.max_font_size) {
    diagnostics.error(position_of(merged, merged.count("min-font-size") ? "min-font-size" : "max-font-size"),
                      "print setting 'min-font-size' is larger than 'max-font-size'");
  }
}

std::string format_mm(double points) {
  std::string text = std::to_string(std::round(points / kPointsPerMm * 10) / 10);
  text.erase(text.find_last_not_of('0') + 1);
  if (text.back() == '.') text.pop_back();
  return text;
}

// The preset cards that would fit folded with the rest of the settings.
std::string stocks_that_fold(GeometrySpec spec) {
  std::string names;
  for (const std::string& name : card_stock_names()) {
    spec.card = *card_stock(name);
    if (make_grid(spec)) names += (names.empty() ? "" : ", ") + name;
  }
  return names;
}

// Why no folded pair fits, and what would.
std::string fold_advice(const GeometrySpec& spec) {
  std::string advice = "cards of " + format_mm(spec.card.width) + " x " + format_mm(spec.card.height) +
                       " mm do not fit folded (front and back side by side) inside the margin";
  if (spec.orientation) {
    GeometrySpec turned = spec;
    turned.orientation.reset();
    if (make_grid(turned)) return advice + "; they fit with 'orientation' left out";
  }
  std::string fitting = stocks_that_fold(spec);
  return advice + (fitting.empty() ? "; no card size does on this paper" : "; card sizes that do: " + fitting);
}

void check_grid(const PrintSettings& merged, SheetConfig& config, Diagnostics& diagnostics) {
  if (config.geometry.sides == Sides::list) {
    config.grid = list_page(config.geometry);
    return;
  }
  auto grid = make_grid(config.geometry);
  if (grid) {
    config.grid = std::move(*grid);
    return;
  }
  const char* culprit = "card";
  for (const char* key : {"card", "margin", "gutter", "paper", "orientation", "sides"}) {
    if (merged.count(key)) {
      culprit = key;
      break;
    }
  }
  std::string why = config.geometry.sides == Sides::fold
                        ? fold_advice(config.geometry)
                        : "not a single card fits on the page with room for its notes (check 'card', 'paper', "
                          "'orientation', 'margin', 'gutter' and 'sides')";
  diagnostics.error(position_of(merged, culprit), std::string("print setting '") + culprit + "': " + why);
}

}  // namespace

std::optional<SheetConfig> read_sheet_config(const PrintSettings& settings, const SheetOptions& options,
                                             Diagnostics& diagnostics) {
  SheetConfig config;
  config.geometry.paper = paper_size("a4")->size;
  config.geometry.card = *card_stock("a7");
  PrintSettings merged = merge(settings, options);
  size_t errors_before = diagnostics.error_count();
  apply_settings(merged, config, diagnostics);
  check_font_sizes(merged, config, diagnostics);
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  check_grid(merged, config, diagnostics);
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return config;
}

ClozeCards cloze_cards(const PrintSettings& settings, const SheetOptions& options) {
  PrintSettings merged = merge(settings, options);
  auto found = merged.find("cloze");
  if (found == merged.end()) return ClozeCards::each;
  return parse_choice(found->second.value, kCloze).value_or(ClozeCards::each);
}

SourcePos setting_position(const PrintSettings& settings, const SheetOptions& options, const std::string& key) {
  return position_of(merge(settings, options), key);
}

std::vector<std::string> sheet_setting_names() {
  std::vector<std::string> names;
  for (const SettingRule& rule : kRules) names.emplace_back(rule.key);
  return names;
}

}  // namespace deckpress::print
