// The cache's record of a typeset formula: the drawing's fields in order,
// numbers as their bytes, strings with their length first. Machine-local
// (the cache lives in the output folder), so the host's byte order is fine.
#include <cstring>
#include <functional>
#include <memory>
#include <stdexcept>

#include "print/math_drawing.h"

namespace deckpress::print {
namespace {

constexpr std::string_view kFormula = "deckpress formula 2\n";
constexpr std::string_view kGlyph = "deckpress glyph 1\n";

class Writer {
 public:
  template <typename T>
  void value(const T& v) {
    out.append(reinterpret_cast<const char*>(&v), sizeof v);
  }
  void text(const std::string& s) {
    value(static_cast<uint32_t>(s.size()));
    out += s;
  }
  template <typename T>
  void maybe(const std::optional<T>& v) {
    value(static_cast<uint8_t>(v.has_value()));
    if (v) value(*v);
  }
  explicit Writer(std::string_view magic) : out(magic) {}
  std::string out;
};

class Reader {
 public:
  Reader(std::string_view bytes, std::string_view magic) : bytes_(bytes) {
    if (!bytes.starts_with(magic)) fail();
    pos_ = magic.size();
  }
  template <typename T>
  T value() {
    T v;
    take(&v, sizeof v);
    return v;
  }
  std::string text() {
    auto size = value<uint32_t>();
    if (size > bytes_.size() - pos_) fail();
    std::string s(bytes_.substr(pos_, size));
    pos_ += size;
    return s;
  }
  template <typename T>
  std::optional<T> maybe() {
    if (!value<uint8_t>()) return std::nullopt;
    return value<T>();
  }
  size_t left() const { return bytes_.size() - pos_; }
  void done() const {
    if (pos_ != bytes_.size()) fail();
  }

 private:
  [[noreturn]] static void fail() { throw std::runtime_error("a cached formula is damaged"); }
  void take(void* to, size_t size) {
    if (size > bytes_.size() - pos_) fail();
    std::memcpy(to, bytes_.data() + pos_, size);
    pos_ += size;
  }
  std::string_view bytes_;
  size_t pos_ = 0;
};

void write_drawing(Writer& w, const MathDrawing& d) {
  for (double v : {d.width, d.height, d.depth}) w.value(v);
  w.text(d.content);
  w.value(static_cast<uint32_t>(d.glyph_names.size()));
  for (const std::string& name : d.glyph_names) w.text(name);
  w.value(static_cast<uint32_t>(d.texts.size()));
  for (const MathText& t : d.texts) {
    w.text(t.text);
    for (double v : {t.x, t.y, t.size}) w.value(v);
    w.value(static_cast<uint8_t>(t.bold));
    w.value(static_cast<uint8_t>(t.italic));
    w.maybe(t.color);
  }
}

MathDrawing read_drawing(Reader& r, const GlyphLookup& glyph) {
  MathDrawing d;
  d.width = r.value<double>();
  d.height = r.value<double>();
  d.depth = r.value<double>();
  d.content = r.text();
  auto glyphs = r.value<uint32_t>();
  if (glyphs > r.left() / sizeof(uint32_t)) throw std::runtime_error("a cached formula is damaged");
  d.glyph_names.reserve(glyphs);
  d.glyphs.reserve(glyphs);
  for (auto n = glyphs; n > 0; --n) {
    d.glyph_names.push_back(r.text());
    d.glyphs.push_back(glyph(d.glyph_names.back()));
    if (!d.glyphs.back()) throw std::runtime_error("a cached formula's glyph is missing");
  }
  for (auto n = r.value<uint32_t>(); n > 0; --n) {
    MathText t;
    t.text = r.text();
    t.x = r.value<double>();
    t.y = r.value<double>();
    t.size = r.value<double>();
    t.bold = r.value<uint8_t>() != 0;
    t.italic = r.value<uint8_t>() != 0;
    t.color = r.maybe<Color>();
    d.texts.push_back(std::move(t));
  }
  return d;
}

}  // namespace

std::string serialize_math(const TypesetMath& math) {
  Writer w(kFormula);
  const auto* drawing = std::get_if<MathDrawing>(&math);
  w.value(static_cast<uint8_t>(drawing != nullptr));
  if (drawing) {
    write_drawing(w, *drawing);
  } else {
    w.text(std::get<std::string>(math));
  }
  return std::move(w.out);
}

TypesetMath deserialize_math(std::string_view bytes, const GlyphLookup& glyph) {
  Reader r(bytes, kFormula);
  TypesetMath math;
  if (r.value<uint8_t>()) {
    math = read_drawing(r, glyph);
  } else {
    math = r.text();
  }
  r.done();
  return math;
}

std::string serialize_glyph(const PdfPath& path) {
  Writer w(kGlyph);
  w.text(path.operators);
  w.value(path.box);
  return std::move(w.out);
}

PdfPath deserialize_glyph(std::string_view bytes) {
  Reader r(bytes, kGlyph);
  PdfPath path;
  path.operators = r.text();
  path.box = r.value<std::array<float, 4>>();
  r.done();
  return path;
}

}  // namespace deckpress::print
