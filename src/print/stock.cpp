#include "print/stock.h"

#include <array>
#include <charconv>

namespace deckpress::print {
namespace {

struct NamedSize {
  std::string_view name;
  double width_mm;
  double height_mm;
  Orientation paper = Orientation::portrait;
};

constexpr double kInch = 25.4;

constexpr std::array kPapers{
    NamedSize{"a4", 210, 297},
    NamedSize{"letter", 8.5 * kInch, 11 * kInch},
    NamedSize{"legal", 8.5 * kInch, 14 * kInch},
    NamedSize{"a5", 148, 210},
    NamedSize{"a3", 297, 420},
};

// Flash cards are read in landscape, so most stocks are wider than tall.
// DIN A7 (105 x 74 mm) and A6 (148 x 105 mm) tile A4 only on borderless
// printers; these presets are trimmed so that 8 (A7) or 4 (A6, on landscape
// paper) still fit inside the default 5 mm printer margin. Business cards
// on letter land exactly on Avery 5371 (2 x 5), index cards 3x5 on Avery
// 5388 (1 x 3).
constexpr std::array kCards{
    NamedSize{"a7", 100, 70},
    NamedSize{"a6", 140, 100, Orientation::landscape},
    NamedSize{"index-3x5", 5 * kInch, 3 * kInch},
    NamedSize{"index-4x6", 6 * kInch, 4 * kInch},
    NamedSize{"business", 3.5 * kInch, 2 * kInch},
    NamedSize{"business-eu", 85, 55},
    NamedSize{"poker", 2.5 * kInch, 3.5 * kInch},
};

template <size_t N>
std::optional<CardStock> lookup(const std::array<NamedSize, N>& table, std::string_view name) {
  for (const NamedSize& entry : table) {
    if (entry.name == name) return CardStock{{mm_to_pt(entry.width_mm), mm_to_pt(entry.height_mm)}, entry.paper};
  }
  if (auto size = parse_mm_size(name)) return CardStock{*size};
  return std::nullopt;
}

std::optional<double> parse_positive(std::string_view text) {
  double value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || !(value > 0)) return std::nullopt;
  return value;
}

}  // namespace

std::optional<Size> parse_mm_size(std::string_view text) {
  if (!text.ends_with("mm")) return std::nullopt;
  text.remove_suffix(2);
  size_t x = text.find('x');
  if (x == std::string_view::npos) return std::nullopt;
  auto width = parse_positive(text.substr(0, x));
  auto height = parse_positive(text.substr(x + 1));
  if (!width || !height) return std::nullopt;
  return Size{mm_to_pt(*width), mm_to_pt(*height)};
}

std::optional<Size> paper_size(std::string_view name) {
  auto paper = lookup(kPapers, name);
  if (!paper) return std::nullopt;
  return paper->size;
}

std::optional<CardStock> card_stock(std::string_view name) { return lookup(kCards, name); }

}  // namespace deckpress::print
