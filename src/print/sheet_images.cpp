#include "print/sheet_images.h"

#include <set>
#include <stdexcept>
#include <vector>

#include "print/html_tokens.h"
#include "support/parallel.h"

namespace deckpress::print {
namespace {

void collect_image_names(const std::string& html, std::vector<std::string>& names) {
  if (html.find("<img") == std::string::npos) return;
  for (const HtmlToken& token : tokenize_html(html)) {
    auto src = token.attributes.find("src");
    if (token.kind == HtmlToken::Kind::open && token.name == "img" && src != token.attributes.end()) {
      names.push_back(src->second);
    }
  }
}

// A picture ready to embed, or why it is not.
struct Prepared {
  std::optional<PreparedImage> image;
  std::string problem;
};

}  // namespace

std::set<std::string> shown_images(const std::vector<PrintedCard>& cards) {
  std::vector<std::string> names;
  for (const PrintedCard& card : cards) {
    collect_image_names(card.front_html, names);
    collect_image_names(card.back_html, names);
  }
  return {names.begin(), names.end()};
}

SheetImages::SheetImages(const SheetInput& input, Diagnostics& diagnostics) {
  std::set<std::string> tried;
  for (const PrintedCard& card : input.cards) {
    std::vector<std::string> names;
    collect_image_names(card.front_html, names);
    collect_image_names(card.back_html, names);
    for (const std::string& name : names) {
      if (!tried.insert(name).second) continue;
      auto file = input.images.find(name);
      if (file == input.images.end()) {
        diagnostics.warning(card.pos, "image '" + name + "' is not among the deck's media; printed as its name");
        continue;
      }
      try {
        ImageInfo info = probe_image(file->second);
        found_[name] = Found{file->second, info, card.pos};
        sizes_[name] = Size{static_cast<double>(info.width), static_cast<double>(info.height)};
      } catch (const std::runtime_error& error) {
        diagnostics.warning(card.pos, "image '" + name + "': " + error.what() + "; printed as its name");
      }
    }
  }
}

void SheetImages::embed(const PrintedSizes& printed, std::optional<double> ppi, PdfRenderer& renderer,
                        Diagnostics& diagnostics) const {
  std::vector<const std::pair<const std::string, Found>*> drawn;
  for (const auto& entry : found_) {
    if (printed.count(entry.first)) drawn.push_back(&entry);
  }
  parallel_in_order(
      drawn.size(), core_count(),
      [&](size_t i) {
        const auto& [name, found] = *drawn[i];
        PixelSize target{found.info.width, found.info.height};
        if (ppi) target = pixels_for(found.info, printed.at(name), *ppi);
        try {
          return Prepared{prepare_image(found.file, found.info, target), {}};
        } catch (const std::runtime_error& error) {
          return Prepared{std::nullopt, error.what()};
        }
      },
      [&](size_t i, Prepared prepared) {
        const auto& [name, found] = *drawn[i];
        if (prepared.image) {
          renderer.add_image(name, *prepared.image, found.pos);
        } else {
          diagnostics.warning(found.pos, "image '" + name + "': " + prepared.problem + "; left out");
        }
      });
}

}  // namespace deckpress::print
