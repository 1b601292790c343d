#include "print/math_drawing.h"

#include <map>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "print/css.h"

namespace deckpress::print {
namespace {

using nlohmann::json;

constexpr double kPerEm = 1000;  // the helper's unit

PdfPath path_of(const json& data) {
  auto path = parse_svg_path(data.get<std::string>());
  if (!path) throw std::runtime_error("the MathJax helper wrote a path that is not SVG path data");
  return pdf_path(*path);
}

std::optional<Color> color_of(const json& shape) {
  auto found = shape.find("c");
  if (found == shape.end()) return std::nullopt;
  return parse_css_color(found->get<std::string>());
}

MathText text_of(const json& shape) {
  std::string variant = shape.value("v", "normal");
  return MathText{shape.at("t").get<std::string>(), shape.at("x").get<double>(), shape.at("y").get<double>(),
                  shape.at("z").get<double>(), variant.find("bold") != std::string::npos,
                  variant.find("italic") != std::string::npos, color_of(shape)};
}

void append_color(std::string& out, Color color, const char* op) {
  append_number(out, color.r, 3);
  append_number(out, color.g, 3);
  append_number(out, color.b, 3);
  out += op;
}

// One shape of the helper's answer as PDF operators, inside q/Q: a clip, a
// colour TeX set, then a glyph placed by its matrix, or a path filled or
// stroked.
void append_shape(std::string& out, const json& shape, const std::map<std::string, bool>& glyphs) {
  out += "q ";
  if (auto clip = shape.find("k"); clip != shape.end()) {
    auto box = clip->get<std::vector<double>>();
    if (box.size() != 4) throw std::runtime_error("the MathJax helper wrote a clip that is not a box");
    for (double value : {box[0], box[1], box[2] - box[0], box[3] - box[1]}) append_number(out, value);
    out += "re W n ";
  }
  double stroke = shape.value("w", 0.0);
  if (auto color = color_of(shape)) append_color(out, *color, stroke > 0 ? "RG " : "rg ");
  if (shape.contains("u")) {
    std::string name = shape.at("u").get<std::string>();
    if (!glyphs.count(name)) throw std::runtime_error("the MathJax helper placed a glyph it did not define");
    auto m = shape.at("m").get<std::vector<double>>();
    if (m.size() != 6) throw std::runtime_error("the MathJax helper wrote a matrix that is not six numbers");
    for (int i = 0; i < 4; ++i) append_number(out, m[static_cast<size_t>(i)], 4);
    append_number(out, m[4]);
    append_number(out, m[5]);
    out += "cm /" + glyph_resource(name) + " Do ";
  } else if (stroke > 0) {
    append_number(out, stroke);
    out += "w " + path_of(shape.at("p")).operators + "S ";
  } else {
    out += path_of(shape.at("p")).operators + "f ";
  }
  out += "Q\n";
}

MathDrawing drawing_of(const json& answer) {
  MathDrawing drawing;
  drawing.width = answer.at("w").get<double>() / kPerEm;
  drawing.height = answer.at("h").get<double>() / kPerEm;
  drawing.depth = answer.at("d").get<double>() / kPerEm;
  std::map<std::string, bool> defined;
  for (const auto& [name, data] : answer.at("g").items()) {
    drawing.glyph_names.push_back(name);
    drawing.glyphs.push_back(std::make_shared<const PdfPath>(path_of(data)));
    defined[name] = true;
  }
  for (const json& shape : answer.at("s")) {
    if (shape.contains("t")) {
      drawing.texts.push_back(text_of(shape));
    } else {
      append_shape(drawing.content, shape, defined);
    }
  }
  return drawing;
}

}  // namespace

std::string glyph_resource(std::string_view glyph_name) {
  std::string name = "M";
  for (char c : glyph_name) {
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    name += plain ? c : '_';
  }
  return name;
}

TypesetMath parse_math_drawing(std::string_view line) {
  try {
    json answer = json::parse(line);
    if (answer.contains("e")) return answer.at("e").get<std::string>();
    return drawing_of(answer);
  } catch (const json::exception& error) {
    throw std::runtime_error(std::string("the MathJax helper's answer cannot be read: ") + error.what());
  }
}

}  // namespace deckpress::print
