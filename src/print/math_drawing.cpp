#include "print/math_drawing.h"

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

std::optional<Rect> clip_of(const json& shape) {
  auto found = shape.find("k");
  if (found == shape.end()) return std::nullopt;
  auto box = found->get<std::vector<double>>();
  if (box.size() != 4) throw std::runtime_error("the MathJax helper wrote a clip that is not a box");
  return Rect{box[0], box[1], box[2] - box[0], box[3] - box[1]};
}

MathText text_of(const json& shape) {
  std::string variant = shape.value("v", "normal");
  return MathText{shape.at("t").get<std::string>(), shape.at("x").get<double>(), shape.at("y").get<double>(),
                  shape.at("z").get<double>(), variant.find("bold") != std::string::npos,
                  variant.find("italic") != std::string::npos, color_of(shape)};
}

MathDrawing drawing_of(const json& answer) {
  MathDrawing drawing;
  drawing.width = answer.at("w").get<double>() / kPerEm;
  drawing.height = answer.at("h").get<double>() / kPerEm;
  drawing.depth = answer.at("d").get<double>() / kPerEm;
  std::map<std::string, int> glyph_index;
  for (const auto& [name, data] : answer.at("g").items()) {
    glyph_index[name] = static_cast<int>(drawing.glyphs.size());
    drawing.glyphs.push_back(std::make_shared<const PdfPath>(path_of(data)));
    drawing.glyph_names.push_back(name);
  }
  for (const json& shape : answer.at("s")) {
    if (shape.contains("t")) {
      drawing.texts.push_back(text_of(shape));
      continue;
    }
    MathShape out;
    if (shape.contains("u")) {
      auto glyph = glyph_index.find(shape.at("u").get<std::string>());
      if (glyph == glyph_index.end()) throw std::runtime_error("the MathJax helper placed a glyph it did not define");
      out.glyph = glyph->second;
      auto matrix = shape.at("m").get<std::vector<float>>();
      if (matrix.size() != 6) throw std::runtime_error("the MathJax helper wrote a matrix that is not six numbers");
      std::copy(matrix.begin(), matrix.end(), out.matrix.begin());
    } else {
      out.path = path_of(shape.at("p")).operators;
      out.stroke = shape.value("w", 0.0f);
    }
    out.color = color_of(shape);
    out.clip = clip_of(shape);
    drawing.shapes.push_back(std::move(out));
  }
  return drawing;
}

}  // namespace

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
