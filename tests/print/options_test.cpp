#include <catch2/catch.hpp>

#include "print/options.h"

using namespace deckpress;
using namespace deckpress::print;

namespace {

PrintSettings deck(std::map<std::string, std::string> values) {
  PrintSettings settings;
  int line = 3;
  for (auto& [key, value] : values) settings[key] = PrintSetting{value, SourcePos{"deck.toml", line++, 1}};
  return settings;
}

double mm(double points) { return points / kPointsPerMm; }

}  // namespace

TEST_CASE("defaults: A4, A7 cards 2 x 4, duplex on the long edge, 24 to 7 pt") {
  Diagnostics diagnostics;
  auto config = read_sheet_config({}, {}, diagnostics);
  REQUIRE(config);
  CHECK(diagnostics.all().empty());
  CHECK(config->grid.columns == 2);
  CHECK(config->grid.rows == 4);
  CHECK(config->geometry.sides == Sides::duplex_long);
  CHECK(mm(config->geometry.margin) == Approx(5));
  CHECK(config->max_font_size == 24);
  CHECK(config->min_font_size == 7);
  CHECK(config->frames == FrameSides::none);
  CHECK(config->cut_marks);
}

TEST_CASE("settings are read and the command line wins") {
  Diagnostics diagnostics;
  auto config = read_sheet_config(deck({{"paper", "letter"}, {"card", "business"}, {"back-offset", "1.5,-0.5"},
                                        {"frames", "true"}, {"sides", "duplex-short"}}),
                                  {{"sides", "fold"}, {"fonts", "a.ttf, b.ttf"}}, diagnostics);
  REQUIRE(config);
  CHECK(config->geometry.sides == Sides::fold);
  CHECK(mm(config->geometry.back_offset_x) == Approx(1.5));
  CHECK(mm(config->geometry.back_offset_y) == Approx(-0.5));
  CHECK(config->frames == FrameSides::fronts);
  CHECK(config->fonts == std::vector<std::string>{"a.ttf", "b.ttf"});
}

TEST_CASE("a bad value is an error at the setting, naming what is accepted") {
  Diagnostics diagnostics;
  CHECK_FALSE(read_sheet_config(deck({{"sides", "both"}}), {}, diagnostics));
  REQUIRE(diagnostics.all().size() == 1);
  const Diagnostic& d = diagnostics.all()[0];
  CHECK(d.severity == Severity::error);
  CHECK(d.pos.path == "deck.toml");
  CHECK(d.pos.line == 3);
  CHECK(d.message ==
        "print setting 'sides' is \"both\"; expected duplex-long, duplex-short, fronts-then-backs, fronts-only, "
        "backs-only, fold or list");
}

TEST_CASE("command-line problems point at the command line") {
  Diagnostics diagnostics;
  CHECK_FALSE(read_sheet_config({}, {{"margin", "-3"}}, diagnostics));
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].pos.path == "command line");
}

TEST_CASE("an impossible grid is an error naming the setting") {
  Diagnostics diagnostics;
  CHECK_FALSE(read_sheet_config(deck({{"paper", "a5"}, {"card", "150x200mm"}}), {}, diagnostics));
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].pos.line == 3);  // 'card'
  CHECK(diagnostics.all()[0].message ==
        "print setting 'card': not a single card fits on the page with room for its notes (check 'card', "
        "'paper', 'orientation', 'margin', 'gutter' and 'sides')");
}

TEST_CASE("unknown keys warn: crossed font sizes are an error") {
  Diagnostics diagnostics;
  CHECK_FALSE(read_sheet_config(deck({{"colour", "red"}, {"min-font-size", "12"}, {"max-font-size", "10"}}), {},
                                diagnostics));
  REQUIRE(diagnostics.all().size() == 2);
  CHECK(diagnostics.all()[0].severity == Severity::warning);
  CHECK(diagnostics.all()[0].message.starts_with("unknown print setting 'colour' (known: paper, orientation"));
  CHECK(diagnostics.all()[1].message == "print setting 'min-font-size' is larger than 'max-font-size'");
}

TEST_CASE("a card too large to fold names the card sizes that fold on this paper") {
  Diagnostics diagnostics;
  CHECK_FALSE(read_sheet_config(deck({{"card", "210x150mm"}, {"sides", "fold"}}), {}, diagnostics));
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].pos.line == 3);  // 'card'
  CHECK(diagnostics.all()[0].message ==
        "print setting 'card': cards of 210 x 150 mm do not fit folded (front and back side by side) inside the "
        "margin; card sizes that do: a7, a6, a8, index-3x5, index-4x6, business, business-eu, poker");
  Diagnostics on_a5;
  CHECK_FALSE(read_sheet_config(deck({{"paper", "a5"}, {"card", "a6"}, {"sides", "fold"}}), {}, on_a5));
  REQUIRE(on_a5.all().size() == 1);
  CHECK(on_a5.all()[0].message.ends_with("card sizes that do: a7, a8, index-3x5, business, business-eu, poker"));
}

TEST_CASE("a fold that fits only on the other orientation says so") {
  Diagnostics diagnostics;
  CHECK_FALSE(read_sheet_config(deck({{"card", "90x120mm"}, {"orientation", "portrait"}, {"sides", "fold"},
                                      {"turn-cards", "false"}, {"paper", "a5"}}),
                                {}, diagnostics));
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].message.ends_with("they fit with 'orientation' left out"));
}
