#include "print/bidi.h"

#include <algorithm>

#include <fribidi.h>

namespace deckpress::print {
namespace {

bool is_line_end_space(char32_t c) { return c == ' ' || c == '\t' || c == '\n'; }

}  // namespace

bool has_right_to_left(std::u32string_view text) {
  return std::any_of(text.begin(), text.end(), [](char32_t c) {
    return c >= 0x0590 && (FRIBIDI_IS_RTL(fribidi_get_bidi_type(c)) || FRIBIDI_IS_ARABIC(fribidi_get_bidi_type(c)));
  });
}

BidiLevels bidi_levels(std::u32string_view text, Direction direction) {
  std::vector<FriBidiChar> chars(text.begin(), text.end());
  auto length = static_cast<FriBidiStrIndex>(chars.size());
  std::vector<FriBidiCharType> types(chars.size());
  std::vector<FriBidiBracketType> brackets(chars.size());
  fribidi_get_bidi_types(chars.data(), length, types.data());
  fribidi_get_bracket_types(chars.data(), length, types.data(), brackets.data());
  FriBidiParType base = direction == Direction::rtl   ? FRIBIDI_PAR_RTL
                        : direction == Direction::ltr ? FRIBIDI_PAR_LTR
                                                      : FRIBIDI_PAR_WLTR;
  BidiLevels bidi;
  std::vector<FriBidiLevel> levels(chars.size());
  if (!chars.empty() &&
      fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), length, &base, levels.data()) == 0) {
    std::fill(levels.begin(), levels.end(), FriBidiLevel{0});
  }
  bidi.base = FRIBIDI_IS_RTL(base) ? 1 : 0;
  bidi.levels.assign(levels.begin(), levels.end());
  return bidi;
}

std::vector<BidiRun> visual_runs(std::u32string_view line, std::span<const uint8_t> line_levels, uint8_t base) {
  std::vector<uint8_t> levels(line_levels.begin(), line_levels.end());
  for (size_t i = levels.size(); i-- > 0 && is_line_end_space(line[i]);) levels[i] = base;
  std::vector<BidiRun> runs;
  for (size_t i = 0; i < levels.size(); ++i) {
    if (runs.empty() || levels[i] != levels[runs.back().end - 1]) {
      runs.push_back(BidiRun{i, i + 1, (levels[i] & 1) != 0});
    } else {
      runs.back().end = i + 1;
    }
  }
  auto level_of = [&](const BidiRun& run) { return levels[run.begin]; };
  uint8_t highest = 0;
  uint8_t lowest_odd = 255;
  for (const BidiRun& run : runs) {
    highest = std::max(highest, level_of(run));
    if (level_of(run) & 1) lowest_odd = std::min(lowest_odd, level_of(run));
  }
  // From the highest level down to the lowest odd one, reverse every stretch
  // of runs at that level or above.
  for (int level = highest; level >= lowest_odd && level > 0; --level) {
    for (size_t i = 0; i < runs.size();) {
      if (level_of(runs[i]) < level) {
        ++i;
        continue;
      }
      size_t j = i;
      while (j < runs.size() && level_of(runs[j]) >= level) ++j;
      std::reverse(runs.begin() + static_cast<long>(i), runs.begin() + static_cast<long>(j));
      i = j;
    }
  }
  return runs;
}

}  // namespace deckpress::print
