#include "print/math_store.h"

#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <vector>

#include "print/digest.h"

namespace deckpress::print {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kMagic = "deckpress math records 1\n";

void append_sized(std::string& out, std::string_view text) {
  auto size = static_cast<uint32_t>(text.size());
  out.append(reinterpret_cast<const char*>(&size), sizeof size);
  out += text;
}

// The next length-prefixed string at `pos`; nothing at a damaged end.
std::optional<std::string_view> take_sized(std::string_view bytes, size_t& pos) {
  uint32_t size = 0;
  if (bytes.size() - pos < sizeof size) return std::nullopt;
  std::memcpy(&size, bytes.data() + pos, sizeof size);
  pos += sizeof size;
  if (bytes.size() - pos < size) return std::nullopt;
  std::string_view text = bytes.substr(pos, size);
  pos += size;
  return text;
}

TypesetFormula typeset_formula(TypesetMath math) {
  if (auto* drawing = std::get_if<MathDrawing>(&math)) {
    return TypesetFormula{std::make_shared<const MathDrawing>(std::move(*drawing)), ""};
  }
  return TypesetFormula{nullptr, std::get<std::string>(math)};
}

}  // namespace

std::string MathStore::formula_key(const Formula& formula) const {
  return sha256_hex(version_ + '\n' + (formula.display ? "display" : "inline") + '\n' + formula.tex);
}

std::string MathStore::glyph_key(const std::string& name) const { return sha256_hex(version_ + "\nglyph\n" + name); }

// A damaged file is read as far as it is whole.
void MathStore::read() {
  if (read_) return;
  read_ = true;
  mapped_ = std::make_unique<MappedFile>(file());
  std::string_view bytes = mapped_->bytes();
  if (!bytes.starts_with(kMagic)) return;
  size_t pos = kMagic.size();
  while (pos < bytes.size()) {
    auto key = take_sized(bytes, pos);
    auto record = key ? take_sized(bytes, pos) : std::nullopt;
    if (!record) break;
    records_.emplace(*key, *record);
  }
}

// Keeps `bytes` as the record of `key`, replacing any.
void MathStore::keep(const std::string& key, std::string bytes) {
  std::string_view kept_key = added_.emplace_back(key);
  records_.insert_or_assign(kept_key, std::string_view(added_.emplace_back(std::move(bytes))));
}

std::shared_ptr<const PdfPath> MathStore::glyph(const std::string& name) {
  auto known = glyphs_.find(name);
  if (known != glyphs_.end()) return known->second;
  auto record = records_.find(glyph_key(name));
  if (record == records_.end()) return nullptr;
  auto path = std::make_shared<const PdfPath>(deserialize_glyph(record->second));
  glyphs_.emplace(name, path);
  return path;
}

std::optional<TypesetFormula> MathStore::load(const Formula& formula) {
  read();
  auto record = records_.find(formula_key(formula));
  if (record == records_.end()) return std::nullopt;
  try {
    return typeset_formula(deserialize_math(record->second, [this](const std::string& name) { return glyph(name); }));
  } catch (const std::runtime_error&) {
    return std::nullopt;  // damaged: typeset it again
  }
}

TypesetFormula MathStore::store(const Formula& formula, TypesetMath math) {
  read();
  if (auto* drawing = std::get_if<MathDrawing>(&math)) {
    for (size_t i = 0; i < drawing->glyphs.size(); ++i) {
      std::string key = glyph_key(drawing->glyph_names[i]);
      if (!records_.count(key)) keep(key, serialize_glyph(*drawing->glyphs[i]));
    }
  }
  std::string bytes = serialize_math(math);
  keep(formula_key(formula), bytes);
  changed_ = true;
  // What is used is what a later load gives: a cold build and a warm one
  // draw the very same numbers.
  return typeset_formula(deserialize_math(bytes, [this](const std::string& name) { return glyph(name); }));
}

void MathStore::save() {
  if (!changed_) return;
  changed_ = false;
  std::vector<std::pair<std::string_view, std::string_view>> sorted(records_.begin(), records_.end());
  std::sort(sorted.begin(), sorted.end());  // the same records give the same file
  std::string bytes(kMagic);
  for (const auto& [key, record] : sorted) {
    append_sized(bytes, key);
    append_sized(bytes, record);
  }
  // Written beside its final name, then renamed: a reader never sees half.
  std::error_code error;
  fs::create_directories(dir_, error);
  fs::path temporary = file();
  temporary += ".tmp" + std::to_string(getpid());
  {
    std::ofstream out(temporary, std::ios::binary);
    out << bytes;
    if (!out) return;
  }
  fs::rename(temporary, file(), error);
  if (error) fs::remove(temporary, error);
}

}  // namespace deckpress::print
