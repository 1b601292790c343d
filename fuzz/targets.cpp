#include "fuzz/targets.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

#include "anki/inspect.h"
#include "package/read.h"
#include "pipeline/compiled.h"
#include "cards/cards.h"
#include "cards/template.h"
#include "cards/template_check.h"
#include "deck/loader.h"
#include "print/block_layout.h"
#include "text/markdown.h"

namespace deckpress::fuzz {

namespace {

// Latin at half an em, everything else at one em from a fallback face: the
// layout's arithmetic without loading fonts.
class FixedMetrics final : public print::FontMetrics {
 public:
  std::optional<int> face_for(print::FontRole role, char32_t c) override {
    return c < 0x3000 ? print::face_of(role) : print::kRoleCount;
  }
  double advance(int, char32_t c) override { return c < 0x3000 ? 0.5 : 1.0; }
};

std::vector<std::string> split_at_nul(std::string_view bytes) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t nul; (nul = bytes.find('\0', start)) != std::string_view::npos; start = nul + 1)
    parts.emplace_back(bytes.substr(start, nul - start));
  parts.emplace_back(bytes.substr(start));
  return parts;
}

// A file name of this process's own, so parallel fuzzing jobs never share one.
std::filesystem::path scratch_file(const char* name) {
  return std::filesystem::temp_directory_path() /
         (std::string("deckpress-fuzz-") + std::to_string(getpid()) + "-" + name);
}

}  // namespace

void load_deck(std::string_view bytes) {
  NoteTypes note_types{{}};
  Diagnostics diagnostics;
  // In a folder of its own so media references resolve against nothing real.
  if (auto deck = load_deck_text(bytes, scratch_file("deck/deck.toml").string(), note_types, diagnostics))
    pipeline::compile_deck(std::move(*deck), diagnostics);
}

void markdown(std::string_view bytes) {
  auto html = text::markdown_to_html(bytes, text::HtmlOptions{});
  FixedMetrics metrics;
  print::GlyphProblems problems;
  auto blocks = print::prepare_blocks(print::parse_rich_text(html.html), metrics, {}, problems);
  std::vector<print::Item> items;
  print::layout_blocks(blocks, 10, 200, &items);
}

void render_template(std::string_view bytes) {
  auto parts = split_at_nul(bytes);
  NoteType type;
  type.is_cloze = !parts[0].empty() && parts[0][0] == 'c';
  type.templates = {{"Card 1", parts[0], parts[0]}};
  std::vector<std::string> fields(parts.begin() + 1, parts.end());
  for (size_t i = 0; i < fields.size(); ++i) {
    type.fields.push_back("F" + std::to_string(i));
    type.field_keys.push_back("f" + std::to_string(i));
    type.field_required.push_back(false);
  }
  cards::CardContext note{&type, &fields, {"tag"}, "Deck"};
  Diagnostics problems;
  cards::check_templates(type, problems);
  cards::parse_template(parts[0]);
  for (int ord : cards::card_ords(note)) cards::render_card(note, ord);
  if (!type.is_cloze) cards::template_requirements(type);
}

void inspect(std::string_view bytes) {
  auto apkg = scratch_file("package.apkg");
  std::ofstream(apkg, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  try {
    const package::PackageReader reader(apkg);
    const package::Package contents = reader.read();
    anki::format_text(contents);
    for (const package::Media& file : contents.media)
      if (file.present) reader.media_bytes(file);
  } catch (const std::runtime_error&) {
    // A readable refusal is the expected outcome for most inputs.
  }
  std::filesystem::remove(apkg);
}

}  // namespace deckpress::fuzz
