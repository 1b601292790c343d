// Formulas typeset by MathJax: the helper's answers read, the cache kept,
// node started once and only for math.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include "pdf_reading.h"
#include "print/math_store.h"
#include "print/mathjax.h"
#include "print/sheet.h"

using namespace deckpress;
using namespace deckpress::print;
using namespace deckpress::print::testing;

namespace {

// A fresh folder under the scratch folder.
fs::path folder(const std::string& name) {
  fs::path dir = scratch_dir() / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

// A stand-in for node that leaves a mark for each start, then runs node.
fs::path marking_node(const fs::path& dir) {
  MathJaxSetup real = find_mathjax();
  REQUIRE_FALSE(real.node.empty());
  fs::path script = dir / "node";
  std::ofstream(script) << "#!/bin/sh\necho started >> '" << (dir / "starts").string() << "'\nexec '"
                        << real.node.string() << "' \"$@\"\n";
  chmod(script.c_str(), 0755);
  return script;
}

int starts(const fs::path& dir) {
  std::ifstream in(dir / "starts");
  int count = 0;
  for (std::string line; std::getline(in, line);) ++count;
  return count;
}

const char* const kAnswer =
    R"({"w":1500,"h":700,"d":200,"g":{"TEX-I-1D465":"M10 0L20 0Q30 10 20 20Z"},)"
    R"("s":[{"u":"TEX-I-1D465","m":[1,0,0,1,100,0]},{"u":"TEX-I-1D465","m":[0.707,0,0,0.707,600,400],"c":"red"},)"
    R"({"p":"M 0 0 L 10 0","w":40,"k":[0,-100,900,800]},{"t":"П","x":900,"y":0,"z":884,"v":"bold"}]})";

SheetInput math_card(const std::string& front) {
  SheetInput input;
  input.title = "Math";
  input.cards.push_back(PrintedCard{"Math", front, "<p>back</p>", SourcePos{"math.toml", 4, 1}});
  return input;
}

}  // namespace

TEST_CASE("the helper's answer becomes a drawing: glyphs, placed copies, strokes, clips, text") {
  auto typeset = parse_math_drawing(kAnswer);
  const auto& drawing = std::get<MathDrawing>(typeset);
  CHECK(drawing.width == Approx(1.5));
  CHECK(drawing.height == Approx(0.7));
  CHECK(drawing.depth == Approx(0.2));
  REQUIRE(drawing.glyphs.size() == 1);
  CHECK(drawing.glyph_names[0] == "TEX-I-1D465");
  // The quadratic piece is drawn as the cubic that makes the same curve.
  CHECK(drawing.glyphs[0]->operators == "10 0 m 20 0 l 26.67 6.67 26.67 13.33 20 20 c h ");
  // Glyphs placed by their matrices (a colour TeX set kept), a path stroked in a clip.
  CHECK(drawing.content ==
        "q 1 0 0 1 100 0 cm /MTEX-I-1D465 Do Q\n"
        "q 1 0 0 rg 0.707 0 0 0.707 600 400 cm /MTEX-I-1D465 Do Q\n"
        "q 0 -100 900 900 re W n 40 w 0 0 m 10 0 l S Q\n");
  REQUIRE(drawing.texts.size() == 1);
  CHECK(drawing.texts[0].text == "П");
  CHECK(drawing.texts[0].bold);
  CHECK(std::get<std::string>(parse_math_drawing(R"({"e":"Missing close brace"})")) == "Missing close brace");
  CHECK_THROWS_AS(parse_math_drawing("not json"), std::runtime_error);
}

TEST_CASE("the cache gives back exactly what was kept") {
  fs::path dir = folder("store");
  Formula formula{"x", false};
  MathStore store(dir, "v1");
  TypesetFormula kept = store.store(formula, parse_math_drawing(kAnswer));
  store.save();
  MathStore later(dir, "v1");
  auto loaded = later.load(formula);
  REQUIRE(loaded);
  REQUIRE(loaded->drawing);
  const MathDrawing& a = *kept.drawing;
  const MathDrawing& b = *loaded->drawing;
  CHECK(a.width == b.width);
  CHECK(a.content == b.content);
  CHECK(a.texts == b.texts);
  CHECK(*a.glyphs[0] == *b.glyphs[0]);
  // Records read from the file and records added since are saved together.
  later.store(Formula{"y", true}, std::string("kept beside x"));
  later.save();
  MathStore third(dir, "v1");
  CHECK(third.load(formula));
  CHECK(third.load(Formula{"y", true})->error == "kept beside x");
  // Another version of the helper, another formula or a damaged record: not kept.
  CHECK_FALSE(MathStore(dir, "v2").load(formula));
  CHECK_FALSE(later.load(Formula{"x", true}));
  std::ofstream(dir / "formulas", std::ios::binary) << "deckpress math records 1\n\xff\xff";
  CHECK_FALSE(MathStore(dir, "v1").load(formula));
}

TEST_CASE("a cached formula claiming more glyphs than its record holds is damaged, not allocated") {
  auto drawing = std::get<MathDrawing>(parse_math_drawing(kAnswer));
  std::string bytes = serialize_math(drawing);
  // After the magic line, the drawing flag, three sizes and the content.
  size_t count_at = std::string_view("deckpress formula 2\n").size() + 1 + 3 * sizeof(double) + sizeof(uint32_t) +
                    drawing.content.size();
  REQUIRE(bytes.size() > count_at + sizeof(uint32_t));
  bytes.replace(count_at, sizeof(uint32_t), std::string(sizeof(uint32_t), '\xff'));
  auto glyph = [&](const std::string&) { return drawing.glyphs[0]; };
  CHECK_THROWS_AS(deserialize_math(bytes, glyph), std::runtime_error);
}

TEST_CASE("errors are kept too") {
  fs::path dir = folder("store-errors");
  MathStore store(dir, "v");
  store.store(Formula{"\\frac{", false}, std::string("Missing close brace"));
  store.save();
  auto loaded = MathStore(dir, "v").load(Formula{"\\frac{", false});
  REQUIRE(loaded);
  CHECK_FALSE(loaded->drawing);
  CHECK(loaded->error == "Missing close brace");
}

TEST_CASE("MathJax typesets TeX and mhchem and each formula stands alone") {
  MathJax math(folder("mathjax") / "cache");
  auto outcome = math.typeset({Formula{"\\frac{a}{b}", true}, Formula{"\\ce{H2O}", false},
                               Formula{"\\frac{a", false}, Formula{"\\def\\x{y}\\x", false}, Formula{"\\x", false}});
  REQUIRE_FALSE(outcome.unavailable);
  const MathDrawing& fraction = *outcome.formulas.at(Formula{"\\frac{a}{b}", true}).drawing;
  CHECK(fraction.height > 0.5);
  CHECK(fraction.depth > 0.3);
  const MathDrawing& water = *outcome.formulas.at(Formula{"\\ce{H2O}", false}).drawing;
  CHECK(std::count(water.glyph_names.begin(), water.glyph_names.end(), "TEX-N-48") == 1);  // H
  CHECK(outcome.formulas.at(Formula{"\\frac{a", false}).error == "Missing close brace");
  // \x is not defined in the last formula: MathJax shows its name, in red.
  const MathDrawing& undefined = *outcome.formulas.at(Formula{"\\x", false}).drawing;
  CHECK(undefined.content.find("1 0 0 rg") != std::string::npos);
}

TEST_CASE("node starts once per typesetter, only for formulas the cache lacks, never without math") {
  fs::path dir = folder("starts");
  MathJaxSetup setup = find_mathjax();
  setup.node = marking_node(dir);
  MathJax math(dir / "cache", setup);
  Diagnostics diagnostics;
  REQUIRE(render_sheet(math_card("<p>no math here</p>"), {}, diagnostics, &math));
  CHECK(starts(dir) == 0);
  REQUIRE(render_sheet(math_card("<p>\\(a^2\\)</p>"), {}, diagnostics, &math));
  REQUIRE(render_sheet(math_card("<p>\\(b^2\\)</p>"), {}, diagnostics, &math));
  CHECK(starts(dir) == 1);
  MathJax warm(dir / "cache", setup);
  REQUIRE(render_sheet(math_card("<p>\\(a^2\\) \\(b^2\\)</p>"), {}, diagnostics, &warm));
  CHECK(starts(dir) == 1);
  CHECK(diagnostics.all().empty());
}

TEST_CASE("without node, formulas print as their TeX source after one warning") {
  MathJaxSetup setup = find_mathjax();
  setup.node.clear();
  MathJax math(folder("no-node"), setup);
  Diagnostics diagnostics;
  SheetInput input = math_card("<p>\\(x^2\\)</p>");
  input.cards.push_back(input.cards[0]);
  auto pdf = render_sheet(input, {}, diagnostics, &math);
  REQUIRE(pdf);
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].pos.line == 4);
  CHECK(diagnostics.all()[0].message ==
        "formulas print as their TeX source: node is not installed (Debian package nodejs; ./build.sh installs it)");
  auto [text, errors] = extract_text(write_pdf(*pdf, "no-node.pdf"));
  CHECK(text.find("\\(x^2\\)") != std::string::npos);
}

TEST_CASE("a sheet with math prints no TeX, and a warm cache gives the same bytes as a cold one") {
  fs::path dir = folder("sheet-math");
  SheetInput input = math_card("<p>Solve \\(ax^2+bx+c=0\\):</p><p>\\[x = \\frac{-b \\pm \\sqrt{b^2-4ac}}{2a}\\]</p>");
  Diagnostics diagnostics;
  MathJax cold(dir);
  auto first = render_sheet(input, {}, diagnostics, &cold);
  MathJaxSetup offline = find_mathjax();
  offline.node = "/nonexistent/node";  // the cache must serve every formula
  MathJax warm(dir, offline);
  auto second = render_sheet(input, {}, diagnostics, &warm);
  REQUIRE(first);
  REQUIRE(second);
  CHECK(diagnostics.all().empty());
  CHECK(*first == *second);
  fs::path pdf = write_pdf(*first, "math.pdf");
  auto [text, errors] = extract_text(pdf);
  CHECK(text.find("Solve") != std::string::npos);
  CHECK(text.find("\\frac") == std::string::npos);
  CHECK(text.find("\\(") == std::string::npos);
  CHECK(first->find("/Subtype /Form") != std::string::npos);
}

TEST_CASE("each glyph is one form of the document, named in every page that draws it") {
  SheetInput input = math_card("<p>\\(x^{1}\\)</p>");
  for (int i = 2; i <= 12; ++i) input.cards.push_back(math_card("<p>\\(x^{" + std::to_string(i % 10) + "}\\)</p>").cards[0]);
  Diagnostics diagnostics;
  MathJax math(folder("shared-glyphs"));
  auto pdf = render_sheet(input, {}, diagnostics, &math);
  REQUIRE(pdf);
  CHECK(diagnostics.all().empty());
  // x and the ten digits, on two pages of fronts: eleven forms, however often drawn.
  size_t forms = 0;
  for (size_t at = pdf->find("/Subtype /Form"); at != std::string::npos; at = pdf->find("/Subtype /Form", at + 1)) ++forms;
  CHECK(forms == 11);
  // A viewer finds every form the pages name: poppler says nothing.
  fs::path file = write_pdf(*pdf, "shared-glyphs.pdf");
  fs::path errors = scratch_dir() / "render-errors.txt";
  std::string command = "pdftoppm -r 20 '" + file.string() + "' '" + (scratch_dir() / "shared").string() + "' 2>'" +
                        errors.string() + "'";
  REQUIRE(std::system(command.c_str()) == 0);
  CHECK(read_file(errors).empty());
}
