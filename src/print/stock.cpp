#include "print/stock.h"

#include <array>
#include <charconv>

#include "text/ascii.h"

namespace deckpress::print {
namespace {

struct NamedSize {
  std::string_view name;
  double width_mm;
  double height_mm;
};

constexpr double kInch = 25.4;

constexpr std::array kPapers{
    NamedSize{"a4", 210, 297},
    NamedSize{"letter", 8.5 * kInch, 11 * kInch},
    NamedSize{"legal", 8.5 * kInch, 14 * kInch},
    NamedSize{"a5", 148, 210},
    NamedSize{"a3", 297, 420},
    NamedSize{"tabloid", 11 * kInch, 17 * kInch},
};

// Flash cards are read in landscape, so most stocks are wider than tall.
// DIN A7 (105 x 74 mm), A6 (148 x 105 mm) and A8 (74 x 52 mm) tile A4 only
// on borderless printers; these presets are trimmed so that 8 (A7), 4 (A6)
// or 16 (A8) still fit inside the default 5 mm printer margin with room for
// the page's notes. Business cards on letter land exactly on Avery 5371
// (2 x 5).
constexpr std::array kCards{
    NamedSize{"a7", 100, 70},
    NamedSize{"a6", 140, 100},
    NamedSize{"a8", 70, 50},
    NamedSize{"index-3x5", 5 * kInch, 3 * kInch},
    NamedSize{"index-4x6", 6 * kInch, 4 * kInch},
    NamedSize{"business", 3.5 * kInch, 2 * kInch},
    NamedSize{"business-eu", 85, 55},
    NamedSize{"poker", 2.5 * kInch, 3.5 * kInch},
};

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = text::ascii_lower(c);
  return out;
}

template <size_t N>
std::optional<Size> lookup(const std::array<NamedSize, N>& table, std::string_view name) {
  for (const NamedSize& entry : table) {
    if (entry.name == name) return Size{mm_to_pt(entry.width_mm), mm_to_pt(entry.height_mm)};
  }
  return std::nullopt;
}

std::optional<double> parse_positive(std::string_view text) {
  double value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || !(value > 0) || value > 10000) return std::nullopt;
  return value;
}

// Millimetres per unit of a size's suffix.
std::optional<double> unit_length(std::string_view& text) {
  for (auto [suffix, mm] : {std::pair{"mm", 1.0}, std::pair{"cm", 10.0}, std::pair{"in", kInch}}) {
    if (text.ends_with(suffix)) {
      text.remove_suffix(2);
      return mm;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<Size> parse_size(std::string_view text) {
  std::string lowered = lower(text);
  std::string_view rest = lowered;
  auto unit = unit_length(rest);
  size_t x = rest.find('x');
  if (!unit || x == std::string_view::npos) return std::nullopt;
  auto width = parse_positive(rest.substr(0, x));
  auto height = parse_positive(rest.substr(x + 1));
  if (!width || !height) return std::nullopt;
  return Size{mm_to_pt(*width * *unit), mm_to_pt(*height * *unit)};
}

std::optional<Paper> paper_size(std::string_view name) {
  if (auto named = lookup(kPapers, lower(name))) return Paper{*named, false};
  if (auto custom = parse_size(name)) return Paper{*custom, true};
  return std::nullopt;
}

std::optional<Size> card_stock(std::string_view name) {
  if (auto named = lookup(kCards, lower(name))) return named;
  return parse_size(name);
}

std::vector<std::string> card_stock_names() {
  std::vector<std::string> names;
  for (const NamedSize& entry : kCards) names.emplace_back(entry.name);
  return names;
}

}  // namespace deckpress::print
